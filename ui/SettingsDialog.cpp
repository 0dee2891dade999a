#include "ui/SettingsDialog.h"

#include "core/service/Library.h"
#include "core/service/ModelTraining.h"
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

SettingsDialog::SettingsDialog(Library& library, Settings& settings, ModelTraining& training, QWidget* parent)
    : QDialog(parent), m_library(library), m_settings(settings), m_training(training),
      m_folders(new QListWidget(this)), m_threads(new QSpinBox(this)),
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
    layout->addWidget(buildModel());
    layout->addWidget(buildLanguage());
    layout->addWidget(buttons);
    resize(560, 640);
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

QWidget* SettingsDialog::buildModel()
{
    const ModelOptions options = m_settings.modelOptions();
    auto* box = new QGroupBox(tr("Similarity model"), this);
    m_loss = new QComboBox(box);
    m_loss->setObjectName(QStringLiteral("modelLoss"));
    m_loss->addItem(tr("ArcFace"), int(MetricLoss::ArcFace));
    m_loss->addItem(tr("Triplet"), int(MetricLoss::Triplet));
    m_loss->setCurrentIndex(m_loss->findData(int(options.loss)));
    m_loss->setToolTip(tr("How the model learns which songs belong together. ArcFace measured best on real "
                          "music."));
    m_dim = new QSpinBox(box);
    m_dim->setObjectName(QStringLiteral("modelDim"));
    m_dim->setRange(ModelOptions::kMinDim, ModelOptions::kMaxDim);
    m_dim->setValue(options.dim);
    m_dim->setToolTip(tr("Numbers per song in the learnt space. More can tell finer differences apart but "
                         "needs more songs to learn from."));
    m_epochs = new QSpinBox(box);
    m_epochs->setObjectName(QStringLiteral("modelEpochs"));
    m_epochs->setRange(1, ModelOptions::kMaxEpochs);
    m_epochs->setValue(options.epochs);
    m_epochs->setToolTip(tr("Passes over the library while learning. More takes longer."));
    m_autoTrain = new QCheckBox(tr("Learn a new model by itself when the library has grown"), box);
    m_autoTrain->setObjectName(QStringLiteral("trainAutomatically"));
    m_autoTrain->setChecked(options.trainAutomatically);
    m_retrain = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Retrain &Now"), box);
    m_retrain->setObjectName(QStringLiteral("retrainNow"));
    m_retrain->setToolTip(tr("Learn a new model from every analysed song now, with these options."));
    connect(m_retrain, &QPushButton::clicked, this, &SettingsDialog::retrain);
    m_trainingState = new QLabel(box);
    m_trainingState->setObjectName(QStringLiteral("trainingState"));
    m_trainingState->setWordWrap(true);
    connect(&m_training, &ModelTraining::runningChanged, this, &SettingsDialog::showTrainingState);
    connect(&m_training, &ModelTraining::started, this, &SettingsDialog::showTrainingState);
    connect(&m_training, &ModelTraining::progress, this, &SettingsDialog::showTrainingState);
    connect(&m_training, &ModelTraining::finished, this, [this](const ModelTrainingOutcome& outcome) {
        showTrainingState();
        if (outcome.trained)
            m_trainingState->setText(
                tr("Done: a new model learnt from %Ln song(s) in %L1 s.", nullptr, int(outcome.tracks))
                    .arg(outcome.seconds, 0, 'f', 1));
        else if (outcome.cancelled)
            m_trainingState->setText(tr("Training stopped."));
        else if (!outcome.error.isEmpty())
            m_trainingState->setText(tr("Training failed: %1").arg(outcome.error));
        else
            m_trainingState->clear(); // no model was due
    });
    showTrainingState();

    auto* retrainRow = new QHBoxLayout;
    retrainRow->addWidget(m_retrain);
    retrainRow->addWidget(m_trainingState, 1);
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Loss:"), m_loss);
    form->addRow(tr("&Embedding size:"), m_dim);
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(m_autoTrain);
    form->addRow(retrainRow);
    return box;
}

ModelOptions SettingsDialog::modelOptions() const
{
    ModelOptions options;
    options.loss = MetricLoss(m_loss->currentData().toInt());
    options.dim = m_dim->value();
    options.epochs = m_epochs->value();
    options.trainAutomatically = m_autoTrain->isChecked();
    return options;
}

void SettingsDialog::retrain()
{
    m_settings.setModelOptions(modelOptions());
    m_training.train(modelOptions());
}

void SettingsDialog::showTrainingState()
{
    const bool running = m_training.isRunning();
    m_retrain->setEnabled(!running);
    if (!running)
        return;
    if (const auto& p = m_training.lastProgress())
        m_trainingState->setText(tr("Training: epoch %1 of %2…").arg(p->epoch).arg(p->epochs));
    else
        m_trainingState->setText(tr("Training…"));
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
    m_settings.setModelOptions(modelOptions());
    m_settings.setLanguage(m_language->currentData().toString());
}

} // namespace soundalike
