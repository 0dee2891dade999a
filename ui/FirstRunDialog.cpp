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

FirstRunDialog::FirstRunDialog(QWidget* parent) : QDialog(parent), m_folder(new QLineEdit(this))
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
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::MusicLocation));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &FirstRunDialog::browse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Scan This Folder"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(QFileInfo(folder()).isDir());
    });

    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
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
