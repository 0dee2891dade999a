#include "core/storage/Database.h"
#include "tests/support/ProcessRunner.h"
#include "ui/FileDialogs.h"

#include <QFile>
#include <QFileDialog>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;

// The window's file dialogs read nothing but names (FileDialogs). Qt's own dialog opened every file of the
// folder it listed to guess its type; done to the library's database, that dropped the window's SQLite locks,
// and the next command-line run to close the database deleted the write-ahead log the window still wrote to.
class TestFileDialogs : public QObject
{
    Q_OBJECT

private slots:
    // An exported playlist is often copied to a phone's or a car's memory stick (FAT, exFAT): the name
    // offered keeps what those take.
    void theNameOfferedForAFileSuitsAnyDisk()
    {
        QCOMPARE(FileDialogs::portableFileName(QStringLiteral("Моя подборка: лучшее-2026?")),
                 QStringLiteral("Моя подборка - лучшее-2026"));
        QCOMPARE(FileDialogs::portableFileName(QStringLiteral("AC/DC | \"Live\" <best> *mix*...")),
                 QStringLiteral("AC-DC - 'Live' best mix"));
        QCOMPARE(FileDialogs::portableFileName(QStringLiteral("Line\nbreak\tand   spaces. ")),
                 QStringLiteral("Line break and spaces"));
        QCOMPARE(FileDialogs::portableFileName(QStringLiteral("Like “Gold” and 1 more")),
                 QStringLiteral("Like “Gold” and 1 more"));
        QVERIFY(FileDialogs::portableFileName(QStringLiteral("???")).isEmpty());
    }

    void listingTheDatabasesFolderKeepsItsLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.db"));
        const Database database(path);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        {
            QFileDialog dialog(nullptr, QStringLiteral("Export Playlist"), dir.path(),
                               QStringLiteral("M3U8 playlist (*.m3u8)"));
            dialog.setAcceptMode(QFileDialog::AcceptSave);
            FileDialogs::neverReadContents(dialog);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            // The dialog looks at the folder's files in a thread of its own; the harm, when done, is done by
            // then.
            QTest::qWait(1500);
        }
        const test::ProcessResult stats =
            test::runCli({QStringLiteral("stats"), QStringLiteral("--db"), path});
        QVERIFY2(stats.exitCode == 0, stats.err.constData());
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")),
                 "another process took the database for its own and deleted the log this one writes to");
    }
};

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
