#include "ui/FirstRunDialog.h"
#include "ui/FileDialogs.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace soundalike {

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent), m_folder(new QLineEdit(this)),
      m_missing(
          new QLabel(tr("There is no folder here. Choose the one your music is in with Browse…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Soundalike"));
    auto* heading = new QLabel(tr("Where is your music?"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    auto* explanation = new QLabel(tr("Soundalike looks for music files (mp3, FLAC, Ogg, Opus, M4A, WAV, "
                                      "AIFF) in this folder and its subfolders. The "
                                      "scan runs in the background: you can browse and play while it works. "
                                      "More folders can be added later from the File menu."),
                                   this);
    explanation->setWordWrap(true);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &FirstRunDialog::browse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Scan This Folder"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_missing->setWordWrap(true);
    connect(m_folder, &QLineEdit::textChanged, this, &FirstRunDialog::checkFolder);
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::MusicLocation));
    checkFolder();

    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_missing);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

void FirstRunDialog::checkFolder()
{
    const bool exists = QFileInfo(folder()).isDir();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(exists);
    m_missing->setVisible(!exists);
}

QString FirstRunDialog::folder() const
{
    return QDir::cleanPath(m_folder->text().trimmed());
}

void FirstRunDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

void FirstRunDialog::browse()
{
    const QString chosen = FileDialogs::existingFolder(this, tr("Music Folder"), folder());
    if (!chosen.isEmpty())
        m_folder->setText(chosen);
}

} // namespace soundalike
