#include "ui/FileManagerLink.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDesktopServices>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace soundalike;

// A file manager on the test's own session bus, as Nautilus or Dolphin answers there.
class FakeFileManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.FileManager1")

public:
    QStringList shown;

public slots:
    void ShowItems(const QStringList& uris, const QString& startupId)
    {
        Q_UNUSED(startupId);
        shown = uris;
        emit called();
    }

signals:
    void called();
};

// Where the desktop would open a folder, when no file manager answers on the bus.
class FolderOpener : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened << url; }
};

// "Show in File Manager": the songs selected in the file manager's window, else their folders opened; names
// that are not UTF-8 keep their bytes either way.
class TestFileManagerLink : public QObject
{
    Q_OBJECT

    const std::vector<FilePath> m_files{"/music/Old Disk/caf\xe9.mp3", "/music/New/a b.flac",
                                        "/music/New/c.ogg"};

private slots:
    void withoutAFileManagerTheFoldersOpen()
    {
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        FolderOpener opener;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &opener, "open");
        FileManagerLink::show(m_files);
        QTRY_COMPARE(opener.opened.size(), 2);
        QCOMPARE(opener.opened.at(0).toString(QUrl::FullyEncoded),
                 QStringLiteral("file:///music/Old%20Disk"));
        QCOMPARE(opener.opened.at(1).toString(QUrl::FullyEncoded), QStringLiteral("file:///music/New"));
        // A whole artist's folders: only the first few open.
        opener.opened.clear();
        std::vector<FilePath> many;
        for (int i = 0; i < 12; ++i)
            many.push_back("/music/Album " + std::to_string(i) + "/01.mp3");
        FileManagerLink::show(many);
        QTRY_COMPARE(opener.opened.size(), FileManagerLink::kMaxFolders);
        QTest::qWait(200);
        QCOMPARE(opener.opened.size(), FileManagerLink::kMaxFolders);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    }

    void aFileManagerShowsTheSongsChosenInTheMenu()
    {
        // Its own connection, as another process's would be.
        QDBusConnection bus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fileManager"));
        FakeFileManager manager;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/FileManager1"), &manager,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.FileManager1")));
        FolderOpener opener;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &opener, "open");

        QMenu menu;
        FileManagerLink::addMenuAction(menu, [this] {
            std::vector<Track> tracks(m_files.size());
            for (std::size_t i = 0; i < m_files.size(); ++i)
                tracks[i].path = m_files[i];
            return tracks;
        });
        QAction* show = menu.actions().last();
        QCOMPARE(show->text(), QStringLiteral("Show in File Manager"));
        QSignalSpy called(&manager, &FakeFileManager::called);
        show->trigger();
        QVERIFY(called.wait(5000));
        QCOMPARE(manager.shown, QStringList({QStringLiteral("file:///music/Old%20Disk/caf%E9.mp3"),
                                             QStringLiteral("file:///music/New/a%20b.flac"),
                                             QStringLiteral("file:///music/New/c.ogg")}));
        QTest::qWait(200);
        QVERIFY(opener.opened.isEmpty()); // the file manager answered: no folder opened besides
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        bus.unregisterService(QStringLiteral("org.freedesktop.FileManager1"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fileManager"));
    }
};

QTEST_MAIN(TestFileManagerLink)
#include "tst_filemanagerlink.moc"
