#include "ui/FileManagerLink.h"

#include "core/common/FileUrl.h"
#include "core/common/Logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDesktopServices>
#include <QIcon>
#include <QMenu>
#include <QStringList>

#include <set>

namespace soundalike {

namespace {

// Long enough for a file manager that is started by the call (D-Bus activation) to come up.
constexpr int kCallTimeoutMs = 10000;

FilePath folderOf(const FilePath& file)
{
    const auto slash = file.rfind('/');
    return slash == FilePath::npos ? FilePath(".") : slash == 0 ? FilePath("/") : file.substr(0, slash);
}

} // namespace

void FileManagerLink::show(const std::vector<FilePath>& chosen)
{
    // A whole artist selected in the tree is dozens of folders: only the first few open.
    std::set<FilePath> folders;
    std::vector<FilePath> files;
    for (const FilePath& file : chosen) {
        const FilePath folder = folderOf(file);
        if (folders.count(folder) || int(folders.size()) < kMaxFolders) {
            folders.insert(folder);
            files.push_back(file);
        }
    }
    if (files.empty())
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        openFolders(files);
        return;
    }
    QStringList uris;
    for (const FilePath& file : files)
        uris << fileUrl(file).toString(QUrl::FullyEncoded);
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("/org/freedesktop/FileManager1"),
        QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("ShowItems"));
    call << uris << QString();
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kCallTimeoutMs));
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, [files](QDBusPendingCallWatcher* finished) {
        finished->deleteLater();
        if (!finished->isError())
            return;
        qCInfo(lcUi) << "no file manager answered ShowItems, opening the folders instead:"
                     << finished->error().message();
        openFolders(files);
    });
}

void FileManagerLink::addMenuAction(QMenu& menu, std::function<std::vector<Track>()> chosen)
{
    menu.addSeparator();
    menu.addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Show in File Manager"),
                   [chosen = std::move(chosen)] {
                       std::vector<FilePath> files;
                       for (const Track& track : chosen())
                           files.push_back(track.path);
                       show(files);
                   });
}

void FileManagerLink::openFolders(const std::vector<FilePath>& files)
{
    std::set<FilePath> opened;
    for (const FilePath& file : files) {
        if (const FilePath folder = folderOf(file); opened.insert(folder).second)
            QDesktopServices::openUrl(fileUrl(folder));
    }
}

} // namespace soundalike
