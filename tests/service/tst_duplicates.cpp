#include "core/service/LibraryQueries.h"
#include "core/storage/Database.h"
#include "core/storage/FingerprintStore.h"
#include "tests/support/FingerprintFixture.h"
#include "tests/support/ProcessRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

namespace {

QSet<QString> pathsIn(const QJsonArray& tracks)
{
    QSet<QString> paths;
    for (const QJsonValue& track : tracks)
        paths.insert(track[QStringLiteral("path")].toString());
    return paths;
}

} // namespace

// Copies of one recording, under other names, tags or bitrates, are found by their fingerprints after a real
// scan and analysis: `duplicates` lists them, a playlist holds one recording once and never a copy of its
// seed, and one artist's different songs are never taken for copies.
class TestDuplicates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_music;
    QString m_db;
    QString m_original;
    QSet<QString> m_copies;     // the original's copies, the original not included
    QSet<QString> m_secondSong; // another recording held twice
    QSet<QString> m_songs;      // one artist's six different songs

    QString path(const QString& name) const { return m_music + QLatin1Char('/') + name; }
    ProcessResult run(const QStringList& arguments) const
    {
        return runCli(arguments + QStringList{QStringLiteral("--db"), m_db});
    }
    QJsonObject json(const QStringList& arguments) const
    {
        const ProcessResult result = run(arguments + QStringList{QStringLiteral("--json")});
        if (result.exitCode != 0)
            qWarning() << result.err;
        return result.json();
    }
    QList<QSet<QString>> groups() const
    {
        QList<QSet<QString>> list;
        for (const QJsonValue& group :
             json({QStringLiteral("duplicates")})[QStringLiteral("groups")].toArray())
            list.append(pathsIn(group[QStringLiteral("tracks")].toArray()));
        return list;
    }
    QSet<QString> playlistFrom(const QString& seed) const
    {
        const QJsonObject playlist =
            json({QStringLiteral("similar"), seed, QStringLiteral("-n"), QStringLiteral("30")});
        return pathsIn(playlist[QStringLiteral("entries")].toArray());
    }

private slots:
    void initTestCase();
    void copiesAreGroupedWithTheOriginal();
    void differentSongsOfOneArtistAreNeverGrouped();
    void plainTextListsEachGroup();
    void playlistHoldsNoCopyOfItsSeedNorOneRecordingTwice();
    void untaggedCopyAsSeedKeepsTheLibrarysCopyOut();
    void tracksAnalysedBeforeFingerprintsGainThem();
};

void TestDuplicates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_music = m_dir.filePath(QStringLiteral("music"));
    m_db = m_dir.filePath(QStringLiteral("library.db"));
    // One artist's songs, each its own key, tempo and mix.
    const std::vector<std::pair<unsigned, double>> songs{{1, 120}, {2, 96},  {3, 132},
                                                         {4, 108}, {5, 140}, {6, 116}};
    for (const auto& [seed, bpm] : songs) {
        const QString name = path(QStringLiteral("band/song %1.mp3").arg(seed));
        QVERIFY(writeMp3(name, fingerprintableSong(seed, bpm),
                         songTags(QStringLiteral("Song %1").arg(seed), QStringLiteral("Band"))));
        m_songs.insert(name);
    }
    m_original = path(QStringLiteral("band/song 1.mp3"));

    const QString sameBytes = path(QStringLiteral("backup/song 1.mp3"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("backup"))));
    QVERIFY(QFile::copy(m_original, sameBytes));
    const QString retagged = path(QStringLiteral("misc/favourite.mp3"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("misc"))));
    QVERIFY(QFile::copy(m_original, retagged));
    QVERIFY(writeTags(retagged, songTags(QStringLiteral("My favourite"), QStringLiteral("Someone else"))));
    const QString untagged = path(QStringLiteral("downloads/track01.mp3"));
    QVERIFY(writeMp3(untagged, fingerprintableSong(1, 120)));
    const QString reencoded = path(QStringLiteral("phone/song one 64k.mp3"));
    QVERIFY(writeMp3(reencoded, fingerprintableSong(1, 120, 64),
                     songTags(QStringLiteral("Song One"), QStringLiteral("The Band"))));
    m_copies = {sameBytes, retagged, untagged, reencoded};

    const QString secondCopy = path(QStringLiteral("misc/b-side.mp3"));
    QVERIFY(QFile::copy(path(QStringLiteral("band/song 2.mp3")), secondCopy));
    QVERIFY(writeTags(secondCopy, songTags(QStringLiteral("B-side"), QStringLiteral("Band"))));
    m_secondSong = {path(QStringLiteral("band/song 2.mp3")), secondCopy};

    const ProcessResult scan = run({QStringLiteral("scan"), m_music, QStringLiteral("--analyze")});
    QVERIFY2(scan.exitCode == 0, scan.err.constData());
}

void TestDuplicates::copiesAreGroupedWithTheOriginal()
{
    const QList<QSet<QString>> found = groups();
    QSet<QString> expected = m_copies;
    expected.insert(m_original);
    QVERIFY2(found.contains(expected), qPrintable(QStringLiteral("%1 groups").arg(found.size())));
    QVERIFY(found.contains(m_secondSong));
    QCOMPARE(found.size(), 2);
}

void TestDuplicates::differentSongsOfOneArtistAreNeverGrouped()
{
    for (const QSet<QString>& group : groups())
        QVERIFY(QSet<QString>(group).intersect(m_songs).size() <= 1);
}

void TestDuplicates::plainTextListsEachGroup()
{
    const ProcessResult listed = run({QStringLiteral("duplicates")});
    QCOMPARE(listed.exitCode, 0);
    const QString text = QString::fromUtf8(listed.out);
    for (const QString& copy : m_copies)
        QVERIFY2(text.contains(copy), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2 recordings held more than once")));
}

void TestDuplicates::playlistHoldsNoCopyOfItsSeedNorOneRecordingTwice()
{
    const QSet<QString> playlist = playlistFrom(m_original);
    const QString listed = QStringList(playlist.values()).join(QLatin1Char('\n'));
    // The library is smaller than the playlist asked for, so every other song is in it: only the rule keeps
    // the copies out.
    for (int other = 3; other <= 6; ++other)
        QVERIFY2(playlist.contains(path(QStringLiteral("band/song %1.mp3").arg(other))), qPrintable(listed));
    QVERIFY2(!playlist.intersects(m_copies), qPrintable(listed));
    QVERIFY(!playlist.contains(m_original));
    QCOMPARE(QSet<QString>(playlist).intersect(m_secondSong).size(), 1);
}

void TestDuplicates::untaggedCopyAsSeedKeepsTheLibrarysCopyOut()
{
    const QSet<QString> playlist = playlistFrom(path(QStringLiteral("downloads/track01.mp3")));
    QVERIFY(!playlist.isEmpty());
    QVERIFY(!playlist.contains(m_original));
    QVERIFY(!playlist.intersects(m_copies));
}

void TestDuplicates::tracksAnalysedBeforeFingerprintsGainThem()
{
    // A library analysed by a version without fingerprints: its descriptors stand, its fingerprints are none.
    {
        Database db(m_db);
        db.exec("DELETE FROM fingerprint_keys; DELETE FROM fingerprints;");
        QCOMPARE(FingerprintStore(db).count(), 0);
    }
    QVERIFY(groups().isEmpty());
    const QJsonObject analysed = json({QStringLiteral("analyze")});
    QCOMPARE(analysed[QStringLiteral("analysed")].toInt(), int(m_songs.size() + m_copies.size() + 1));
    // The original and its four copies, the second song and its one.
    QCOMPARE(analysed[QStringLiteral("duplicates")].toInt(), 7);
    QCOMPARE(groups().size(), 2);
    {
        Database db(m_db);
        QCOMPARE(FingerprintStore(db).count(), int(m_songs.size() + m_copies.size() + 1));
    }
    // Nothing is left to do: a second run analyses nothing.
    QCOMPARE(json({QStringLiteral("analyze")})[QStringLiteral("analysed")].toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
