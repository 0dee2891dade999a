#include "core/analysis/Decoder.h"
#include "core/analysis/FingerprintMatcher.h"
#include "core/analysis/Fingerprinter.h"
#include "tests/support/FingerprintFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace soundalike;
using namespace soundalike::test;

// Chromaprint fingerprints of the decoded analysis excerpt tell copies of one recording (byte-identical,
// retagged, re-encoded at another bitrate) from different songs of one artist, and their candidate keys let
// copies find each other without comparing every pair.
class TestFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copiesOfOneRecordingMatch();
    void differentSongsNeverMatch();
    void silenceHasNoMatch();

private:
    AudioFingerprint fingerprintOf(const QString& path);

    QTemporaryDir m_dir;
    Decoder m_decoder;
    Fingerprinter m_fingerprinter;
    DecodedExcerpt m_excerpt;
};

AudioFingerprint TestFingerprint::fingerprintOf(const QString& path)
{
    const QString problem = m_decoder.decode(QFile::encodeName(path).toStdString(), m_excerpt).text();
    if (!problem.isEmpty())
        qFatal("cannot decode %s: %s", qPrintable(path), qPrintable(problem));
    return m_fingerprinter.fingerprint(m_excerpt);
}

void TestFingerprint::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestFingerprint::copiesOfOneRecordingMatch()
{
    const QString original = m_dir.filePath(QStringLiteral("original.mp3"));
    const QString sameBytes = m_dir.filePath(QStringLiteral("same bytes.mp3"));
    const QString retagged = m_dir.filePath(QStringLiteral("retagged.mp3"));
    const QString reencoded = m_dir.filePath(QStringLiteral("reencoded.mp3"));
    QVERIFY(writeMp3(original, fingerprintableSong(1, 120),
                     songTags(QStringLiteral("Song"), QStringLiteral("Band"))));
    QVERIFY(QFile::copy(original, sameBytes));
    QVERIFY(QFile::copy(original, retagged));
    QVERIFY(writeTags(retagged, songTags(QStringLiteral("Other name (live)"), QStringLiteral("Someone"))));
    QVERIFY(writeMp3(reencoded, fingerprintableSong(1, 120, 64)));

    const AudioFingerprint reference = fingerprintOf(original);
    // ~8 items a second: the whole 40-s song.
    QVERIFY2(reference.items.size() > 300, qPrintable(QString::number(reference.items.size())));
    for (const QString& path : {sameBytes, retagged, reencoded}) {
        const AudioFingerprint copy = fingerprintOf(path);
        const FingerprintComparison c = FingerprintMatcher::compare(reference, copy);
        const int keys = keysFound(reference, copy);
        qInfo("%s: bit error rate %.3f at shift %d over %d items, %d of %d keys found",
              qPrintable(QFileInfo(path).fileName()), c.bitErrorRate, c.shift, c.overlap, keys,
              FingerprintMatcher::kKeys);
        QVERIFY(FingerprintMatcher::sameRecording(reference, copy));
        QVERIFY2(keys > 0, "a copy must be found as a candidate");
    }
}

void TestFingerprint::differentSongsNeverMatch()
{
    // One artist's songs: each its own key, tempo and mix (the fixture's seed transposes and shapes it).
    const std::vector<std::pair<unsigned, double>> songs{{1, 120}, {2, 96},  {3, 132},
                                                         {4, 108}, {5, 140}, {6, 120}};
    std::vector<AudioFingerprint> prints;
    for (const auto& [seed, bpm] : songs) {
        const QString path = m_dir.filePath(QStringLiteral("song %1.mp3").arg(seed));
        QVERIFY(writeMp3(path, fingerprintableSong(seed, bpm),
                         songTags(QStringLiteral("Song %1").arg(seed), QStringLiteral("Band"))));
        prints.push_back(fingerprintOf(path));
    }
    double closest = 1.0;
    for (std::size_t i = 0; i < prints.size(); ++i) {
        for (std::size_t j = i + 1; j < prints.size(); ++j) {
            const FingerprintComparison c = FingerprintMatcher::compare(prints[i], prints[j]);
            qInfo("songs %zu and %zu: bit error rate %.3f, %d keys shared", i + 1, j + 1, c.bitErrorRate,
                  keysFound(prints[i], prints[j]));
            closest = std::min(closest, c.bitErrorRate);
            QVERIFY(!FingerprintMatcher::sameRecording(prints[i], prints[j]));
        }
    }
    qInfo("closest pair of different songs: bit error rate %.3f (threshold %.3f)", closest,
          FingerprintMatcher::kSameRecording);
}

void TestFingerprint::silenceHasNoMatch()
{
    // Silence fingerprints to one repeated item: nothing to tell recordings by, so it must match no song.
    const QString quiet = m_dir.filePath(QStringLiteral("silence.mp3"));
    AudioSpec spec;
    spec.wave = AudioSpec::Wave::Silence;
    spec.seconds = fingerprintableSong(0, 0).seconds;
    QVERIFY(writeMp3(quiet, spec));
    const QString music = m_dir.filePath(QStringLiteral("music.mp3"));
    QVERIFY(writeMp3(music, fingerprintableSong(7, 100)));
    QVERIFY(!FingerprintMatcher::sameRecording(fingerprintOf(quiet), fingerprintOf(music)));
}

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
