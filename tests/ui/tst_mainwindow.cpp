#include "core/library/LibraryScanner.h"
#include "tests/support/Mp3Fixture.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTheTrackCountOfTheOpenedLibrary()
    {
        QTemporaryDir dir;
        QVERIFY(writeMp3(dir.filePath(QStringLiteral("music/a.mp3"))));
        QVERIFY(writeMp3(dir.filePath(QStringLiteral("music/b.mp3"))));
        const QString db = dir.filePath(QStringLiteral("library.db"));
        LibraryScanner(db).scan({dir.filePath(QStringLiteral("music"))});

        MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("trackCount")));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("trackCount"))
                    ->text()
                    .startsWith(QLatin1String("2 track")));
    }

    void reportsAnUnusableDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("bad.db"));
        QVERIFY(writeFile(db, QByteArray(4096, 'x')));
        MainWindow window(db);
        window.show();
        QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("error")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
