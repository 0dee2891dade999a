#include "ui/FileDialogs.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QMimeDatabase>

namespace soundalike {

namespace {

class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    QIcon icon(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(QFileIconProvider::Folder);
        const QMimeType type = mimeOf(info);
        return QIcon::fromTheme(type.iconName(),
                                QIcon::fromTheme(type.genericIconName(), QFileIconProvider::icon(File)));
    }

    QString type(const QFileInfo& info) const override
    {
        return info.isDir() ? QFileIconProvider::type(info) : mimeOf(info).comment();
    }

private:
    static QMimeType mimeOf(const QFileInfo& info)
    {
        return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    }
};

QStringList chosen(QFileDialog& dialog)
{
    FileDialogs::neverReadContents(dialog);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

} // namespace

void FileDialogs::neverReadContents(QFileDialog& dialog)
{
    // Shared by every dialog and used from their listing threads: it keeps no state.
    static NameOnlyIconProvider provider;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&provider);
}

QString FileDialogs::existingFolder(QWidget* parent, const QString& title, const QString& folder)
{
    QFileDialog dialog(parent, title, folder);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return chosen(dialog).value(0);
}

QString FileDialogs::openFile(QWidget* parent, const QString& title, const QString& filter,
                              const QString& folder)
{
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return chosen(dialog).value(0);
}

QStringList FileDialogs::openFiles(QWidget* parent, const QString& title, const QString& filter)
{
    QFileDialog dialog(parent, title, QString(), filter);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return chosen(dialog);
}

QString FileDialogs::portableFileName(QString title)
{
    title.replace(QLatin1Char(':'), QStringLiteral(" -"));
    for (const QChar separator : {u'/', u'\\', u'|'})
        title.replace(separator, QLatin1Char('-'));
    title.replace(QLatin1Char('"'), QLatin1Char('\''));
    for (const QChar refused : {u'?', u'*', u'<', u'>'})
        title.remove(refused);
    QString name;
    for (const QChar c : title)
        name += c.unicode() < 0x20 ? QChar(u' ') : c;
    name = name.simplified();
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    return name;
}

} // namespace soundalike
