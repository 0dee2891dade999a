#include "core/common/AudioFileNames.h"
#include "core/common/FormatSniffer.h"
#include "core/library/CoverArt.h"
#include "core/library/LibraryScanner.h"
#include "core/storage/Database.h"
#include "core/storage/ProblemStore.h"
#include "core/storage/TrackStore.h"
#include "tests/support/AudioFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <map>
#include <span>
#include <string>

using namespace soundalike;
using namespace soundalike::test;

Q_DECLARE_METATYPE(soundalike::test::Encoding)

namespace {

// A cover that is not a real image: only its bytes coming back matter.
const QByteArray kCover = QByteArray("\xff\xd8\xff\xe0 cover of ", 13) + QByteArray(3000, 'c');

Tags fullTags(Encoding encoding)
{
    Tags tags;
    tags.title = QStringLiteral("Song in ") + nameOf(encoding);
    tags.artist = QStringLiteral("First Artist");
    tags.otherArtists = {QStringLiteral("Second Artist")};
    tags.albumArtist = QStringLiteral("Band");
    tags.album = QStringLiteral("Альбом ✓");
    tags.genres = {QStringLiteral("Rock"), QStringLiteral("Pop")};
    tags.date = QStringLiteral("2003-05-01");
    tags.track = QStringLiteral("3/12");
    tags.disc = QStringLiteral("1/2");
    tags.cover = kCover;
    return tags;
}

} // namespace

// Every supported format is scanned with its tags and cover; formats are told by content; what cannot be used
// is listed with its reason, and what is not audio is left alone.
class TestFormatScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_music;
    QString m_db;
    std::map<FilePath, Track> m_tracks;
    std::map<FilePath, QString> m_problems;

    QString music(const QString& name) const { return m_music + QLatin1Char('/') + name; }
    QString songName(Encoding encoding) const
    {
        return QStringLiteral("song-%1.%2").arg(nameOf(encoding), extensionOf(encoding));
    }

private slots:
    void initTestCase()
    {
        m_music = m_dir.filePath(QStringLiteral("music"));
        m_db = m_dir.filePath(QStringLiteral("library.db"));
        AudioSpec spec;
        spec.seconds = 3.0;
        for (const Encoding encoding : supportedEncodings())
            QVERIFY(writeAudio(music(songName(encoding)), encoding, spec, fullTags(encoding)));
        QVERIFY(writeAudio(music(QStringLiteral("windows.wma")), Encoding::Wma, spec));
        QVERIFY(QFile::copy(music(songName(Encoding::Wav)), music(QStringLiteral("really-a-wav.mp3"))));
        QVERIFY(QFile::copy(music(songName(Encoding::Mp3)), music(QStringLiteral("mp3-without-extension"))));
        QVERIFY(QFile::copy(music(QStringLiteral("windows.wma")),
                            music(QStringLiteral("wma-without-extension"))));
        QVERIFY(writeFile(music(QStringLiteral("text.flac")), "this is no FLAC\n"));
        QVERIFY(writeFile(music(QStringLiteral("README")), "an extensionless file that is not audio\n"));
        QVERIFY(writeFile(music(QStringLiteral("cover.jpg")), kCover));

        const ScanReport report = LibraryScanner(m_db).scan({m_music});
        Database db(m_db);
        for (Track& track : TrackStore(db).find({}))
            m_tracks.emplace(track.path, std::move(track));
        QStringList problems;
        for (const Problem& problem : ProblemStore(db).all()) {
            m_problems.emplace(problem.path, problem.reason.text());
            problems << displayPath(problem.path) + QStringLiteral(": ") + problem.reason.text();
        }
        QVERIFY2(report.added == int(supportedEncodings().size()) + 2,
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void readsEveryFormatsTags_data()
    {
        QTest::addColumn<Encoding>("encoding");
        for (const Encoding encoding : supportedEncodings())
            QTest::newRow(qPrintable(nameOf(encoding))) << encoding;
    }

    void readsEveryFormatsTags()
    {
        QFETCH(Encoding, encoding);
        const auto found = m_tracks.find(toFilePath(music(songName(encoding))));
        QVERIFY(found != m_tracks.end());
        const Track& track = found->second;
        QCOMPARE(track.title, QStringLiteral("Song in ") + nameOf(encoding));
        // Several artist values, each format's own way: one credit.
        QCOMPARE(track.artist, QStringLiteral("First Artist, Second Artist"));
        QCOMPARE(track.albumArtist, QStringLiteral("Band"));
        QCOMPARE(track.album, QStringLiteral("Альбом ✓"));
        QCOMPARE(track.genres, QStringList({QStringLiteral("Rock"), QStringLiteral("Pop")}));
        QCOMPARE(track.year, 2003);
        QCOMPARE(track.trackNumber, 3);
        QCOMPARE(track.trackTotal, 12);
        QCOMPARE(track.discNumber, 1);
        QCOMPARE(track.discTotal, 2);
        QVERIFY2(std::abs(track.durationMs - 3000) < 150, qPrintable(QString::number(track.durationMs)));
        QVERIFY(track.sampleRate == 44100 || (encoding == Encoding::Opus && track.sampleRate == 48000));
        QCOMPARE(track.channels, 2);
        // ALAC: what the audio takes, not the uncompressed rate (1,411 kbit/s) its header states.
        const qint64 bytes = QFileInfo(music(songName(encoding))).size();
        if (encoding == Encoding::M4aAlac)
            QVERIFY2(track.bitrateKbps > 0 && track.bitrateKbps <= bytes * 8 / track.durationMs &&
                         track.bitrateKbps < 1411,
                     qPrintable(QString::number(track.bitrateKbps)));
        // Each format's own picture block, not the cover.jpg beside it (which has the same bytes).
        QCOMPARE(CoverArt::embedded(track.path), kCover);
    }

    void goesByContentNotByName()
    {
        const auto wav = m_tracks.find(toFilePath(music(QStringLiteral("really-a-wav.mp3"))));
        QVERIFY(wav != m_tracks.end());
        QCOMPARE(wav->second.title, QStringLiteral("Song in wav"));
        QCOMPARE(wav->second.bitrateKbps, 1411); // PCM: what no mp3 has
        const auto mp3 = m_tracks.find(toFilePath(music(QStringLiteral("mp3-without-extension"))));
        QVERIFY(mp3 != m_tracks.end());
        QCOMPARE(mp3->second.title, QStringLiteral("Song in mp3"));
        // Not audio, and no audio extension: neither a track nor a problem.
        QVERIFY(!m_tracks.count(toFilePath(music(QStringLiteral("README")))));
        QVERIFY(!m_problems.count(toFilePath(music(QStringLiteral("README")))));
        QVERIFY(!m_problems.count(toFilePath(music(QStringLiteral("cover.jpg")))));
    }

    void listsWhatItCannotUseWithItsReason()
    {
        QCOMPARE(m_problems[toFilePath(music(QStringLiteral("windows.wma")))],
                 QStringLiteral("unsupported format: Windows Media Audio (WMA)"));
        QCOMPARE(m_problems[toFilePath(music(QStringLiteral("wma-without-extension")))],
                 QStringLiteral("unsupported format: Windows Media Audio (WMA)"));
        QCOMPARE(m_problems[toFilePath(music(QStringLiteral("text.flac")))],
                 QStringLiteral("not an audio file: its content is in no audio format known here"));
        QCOMPARE(m_problems.size(), std::size_t(3));
    }

    void sniffsEachFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("mp3") << songName(Encoding::Mp3) << int(AudioFormat::MpegAudio);
        QTest::newRow("flac") << songName(Encoding::Flac) << int(AudioFormat::Flac);
        QTest::newRow("ogg") << songName(Encoding::OggVorbis) << int(AudioFormat::OggVorbis);
        QTest::newRow("opus") << songName(Encoding::Opus) << int(AudioFormat::OggOpus);
        QTest::newRow("m4a-aac") << songName(Encoding::M4aAac) << int(AudioFormat::Mp4);
        QTest::newRow("m4a-alac") << songName(Encoding::M4aAlac) << int(AudioFormat::Mp4);
        QTest::newRow("wav") << songName(Encoding::Wav) << int(AudioFormat::Wav);
        QTest::newRow("aiff") << songName(Encoding::Aiff) << int(AudioFormat::Aiff);
        QTest::newRow("wma") << QStringLiteral("windows.wma") << int(AudioFormat::Unsupported);
        QTest::newRow("text") << QStringLiteral("text.flac") << int(AudioFormat::Unknown);
        QTest::newRow("jpeg") << QStringLiteral("cover.jpg") << int(AudioFormat::Unknown);
    }

    void sniffsEachFormat()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        QCOMPARE(int(FormatSniffer::sniffFile(toFilePath(music(name))).format), format);
    }

    // Raw Dolby and DTS streams (a film's soundtrack extracted) are named as what they are.
    void namesRawSurroundStreams()
    {
        const auto sniffBytes = [](const std::string& bytes) {
            return FormatSniffer::sniff([&](std::uint64_t offset, std::span<unsigned char> into) {
                const std::size_t n =
                    offset < bytes.size() ? std::min(into.size(), bytes.size() - offset) : 0;
                std::memcpy(into.data(), bytes.data() + offset, n);
                return n;
            });
        };
        const FormatGuess ac3 =
            sniffBytes(std::string("\x0b\x77\x3a\x1c\x54\x40", 6) + std::string(600, '\x11'));
        QCOMPARE(int(ac3.format), int(AudioFormat::Unsupported));
        QCOMPARE(ac3.name, QStringLiteral("AC-3 (Dolby Digital)"));
        const FormatGuess dts =
            sniffBytes(std::string("\x7f\xfe\x80\x01\xfc\x3c", 6) + std::string(600, '\x22'));
        QCOMPARE(dts.name, QStringLiteral("DTS"));
    }

    void picksCandidatesByName()
    {
        using C = AudioFileNames::Candidate;
        QCOMPARE(AudioFileNames::candidate("/m/a.FLAC"), C::ByName);
        QCOMPARE(AudioFileNames::candidate("/m/a.Opus"), C::ByName);
        QCOMPARE(AudioFileNames::candidate("/m/a.wma"), C::ByName);  // to be listed as unsupported
        QCOMPARE(AudioFileNames::candidate("/m/a.webm"), C::ByName); // yt-dlp's audio: Opus in WebM
        QCOMPARE(AudioFileNames::candidate("/m/a.jpg"), C::No);
        QCOMPARE(AudioFileNames::candidate("/m/a.mp3.part"), C::No);
        QCOMPARE(AudioFileNames::candidate("/m/song"), C::ByContent);
        QCOMPARE(AudioFileNames::candidate("/m.d/.hidden"), C::ByContent);
        // A dot inside a name without an extension: the content decides, as for "song".
        QCOMPARE(AudioFileNames::candidate("/m/Mr. Brightside"), C::ByContent);
        QCOMPARE(AudioFileNames::candidate("/m/Intro v1.2"), C::ByContent);
        QCOMPARE(AudioFileNames::candidate("/m/a.Remixed"), C::ByContent);
    }
};

QTEST_GUILESS_MAIN(TestFormatScan)
#include "tst_formatscan.moc"
