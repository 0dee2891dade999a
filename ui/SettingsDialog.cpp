#include "ui/SettingsDialog.h"

#include "core/service/Library.h"
#include "core/service/Settings.h"
#include "ui/UiLanguage.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>

namespace soundalike {

SettingsDialog::SettingsDialog(Library& library, Settings& settings, QWidget* parent)
    : QDialog(parent), m_library(library), m_settings(settings), m_folders(new QListWidget(this)),
      m_threads(new QSpinBox(this)),
      m_autoPlay(new QCheckBox(tr("Start playing as soon as a playlist is generated"), this)),
      m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_folders->addItems(m_library.folders());
    m_threads->setObjectName(QStringLiteral("analysisThreads"));
    m_autoPlay->setObjectName(QStringLiteral("autoPlay"));
    m_threads->setRange(1, std::max(1, QThread::idealThreadCount()) * 2);
    m_threads->setValue(m_settings.analysisThreads());
    m_threads->setToolTip(tr("How many tracks are analysed at once. More is faster but leaves less for other "
                             "programs."));
    m_autoPlay->setChecked(m_settings.autoPlay());
    m_rescan = new QCheckBox(tr("Look for new and changed files at every start"), this);
    m_rescan->setChecked(m_settings.rescanOnStart());

    auto* analysis = new QGroupBox(tr("Analysis and playback"), this);
    auto* form = new QFormLayout(analysis);
    form->addRow(tr("Analysis &threads:"), m_threads);
    form->addRow(m_autoPlay);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFolders(), 1);
    layout->addWidget(m_rescan);
    layout->addWidget(analysis);
    layout->addWidget(buildLanguage());
    layout->addWidget(buttons);
    resize(560, 480);
}

QWidget* SettingsDialog::buildFolders()
{
    auto* box = new QGroupBox(tr("Music folders"), this);
    auto* add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add…"), box);
    auto* remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"), box);
    remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addFolder);
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeFolder);
    connect(m_folders, &QListWidget::currentRowChanged, remove,
            [remove](int row) { remove->setEnabled(row >= 0); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(m_folders, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* SettingsDialog::buildLanguage()
{
    auto* box = new QGroupBox(tr("Language"), this);
    m_language->setObjectName(QStringLiteral("language"));
    const QString system = UiLanguage::nativeName(UiLanguage::choose(QString(), QLocale::system()));
    m_language->addItem(tr("System default (%1)").arg(system), QString());
    for (const QString& language : UiLanguage::available())
        m_language->addItem(UiLanguage::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    auto* note = new QLabel(tr("A new language is used from the next start of Soundalike."), box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Interface language:"), m_language);
    form->addRow(note);
    return box;
}

QStringList SettingsDialog::folders() const
{
    QStringList list;
    for (int i = 0; i < m_folders->count(); ++i)
        list << m_folders->item(i)->text();
    return list;
}

void SettingsDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Music Folder"));
    if (!folder.isEmpty() && !folders().contains(folder))
        m_folders->addItem(folder);
}

void SettingsDialog::removeFolder()
{
    delete m_folders->takeItem(m_folders->currentRow());
}

void SettingsDialog::apply()
{
    const QStringList now = folders();
    for (const QString& folder : m_library.folders()) {
        if (!now.contains(folder))
            m_library.removeFolder(folder);
    }
    for (const QString& folder : now) {
        if (!m_library.folders().contains(folder))
            m_library.addFolder(folder);
    }
    m_settings.setAnalysisThreads(m_threads->value());
    m_settings.setAutoPlay(m_autoPlay->isChecked());
    m_settings.setRescanOnStart(m_rescan->isChecked());
    m_settings.setLanguage(m_language->currentData().toString());
}

} // namespace soundalike
