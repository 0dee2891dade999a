#include "core/library/CoverArt.h"
#include "tests/support/Mp3Fixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

class TestCoverArt : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& relative) const { return m_dir.filePath(relative); }

private slots:
    void readsTheEmbeddedPicture()
    {
        Tags tags;
        tags.title = QStringLiteral("With cover");
        tags.cover = QByteArray("\xff\xd8\xff embedded jpeg bytes", 23);
        QVERIFY(writeMp3(path(QStringLiteral("a/song.mp3")), {}, tags));
        // A file beside it loses to the embedded picture.
        QVERIFY(writeFile(path(QStringLiteral("a/cover.jpg")), "sidecar"));
        QCOMPARE(CoverArt::read(toFilePath(path(QStringLiteral("a/song.mp3")))), tags.cover);
    }

    void fallsBackToACoverFileBesideTheTrackWhateverItsCase()
    {
        QVERIFY(writeMp3(path(QStringLiteral("b/song.mp3"))));
        QVERIFY(writeFile(path(QStringLiteral("b/Folder.JPG")), "folder"));
        QVERIFY(writeFile(path(QStringLiteral("b/back.jpg")), "not a cover name"));
        QCOMPARE(CoverArt::read(toFilePath(path(QStringLiteral("b/song.mp3")))), QByteArray("folder"));
        QVERIFY(writeFile(path(QStringLiteral("b/cover.png")), "cover"));
        QCOMPARE(CoverArt::read(toFilePath(path(QStringLiteral("b/song.mp3")))), QByteArray("cover"));
    }

    // A folder ripped with Windows Media Player holds its covers under names of its own.
    void findsWindowsMediaPlayersCovers()
    {
        QVERIFY(writeMp3(path(QStringLiteral("w/song.mp3"))));
        QVERIFY(writeFile(path(QStringLiteral("w/AlbumArtSmall.jpg")), "small"));
        QCOMPARE(CoverArt::read(toFilePath(path(QStringLiteral("w/song.mp3")))), QByteArray("small"));
        QVERIFY(writeFile(path(QStringLiteral("w/AlbumArt_{3E7D1F2A-0B5C-4C8E-9D6A-1F2B3C4D5E6F}_Large.jpg")),
                          "large"));
        QCOMPARE(CoverArt::read(toFilePath(path(QStringLiteral("w/song.mp3")))), QByteArray("large"));
        QVERIFY(writeFile(path(QStringLiteral("w/Folder.jpg")), "folder"));
        QCOMPARE(CoverArt::read(toFilePath(path(QStringLiteral("w/song.mp3")))), QByteArray("folder"));
    }

    void isEmptyWithoutAnyCover()
    {
        QVERIFY(writeMp3(path(QStringLiteral("c/song.mp3"))));
        QVERIFY(CoverArt::read(toFilePath(path(QStringLiteral("c/song.mp3")))).isEmpty());
        QVERIFY(CoverArt::read(toFilePath(path(QStringLiteral("c/missing.mp3")))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCoverArt)
#include "tst_coverart.moc"
