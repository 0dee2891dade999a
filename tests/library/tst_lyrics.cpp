#include "core/common/LegacyText.h"
#include "core/library/LrcParser.h"
#include "core/library/LyricsReader.h"
#include "tests/support/AudioFixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <taglib/fileref.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/synchronizedlyricsframe.h>
#include <taglib/wavfile.h>

using namespace soundalike;
using namespace soundalike::test;

Q_DECLARE_METATYPE(soundalike::test::Encoding)

namespace {

const QString kPlain = QStringLiteral("[Verse 1]\nЗдесь слова песни\n\nAnd the chorus");
const QByteArray kLrc = "[ar:Band]\n[ti:Song]\n[00:01.50]First line\n[00:03.00][00:09.25]Chorus\n"
                        "[00:05]Third\n[00:07.5]\n";

using SyltFrame = TagLib::ID3v2::SynchronizedLyricsFrame;

struct SyltPair
{
    unsigned ms;
    QString text;
};

// Adds an ID3v2 SYLT frame to an mp3 or a WAV file, as MusicBee, Mp3tag or a karaoke editor writes one.
bool addSyncedFrame(const QString& file, const std::vector<SyltPair>& pairs,
                    SyltFrame::TimestampFormat format = SyltFrame::AbsoluteMilliseconds,
                    SyltFrame::Type type = SyltFrame::Lyrics)
{
    TagLib::FileRef ref(QFile::encodeName(file).constData());
    TagLib::ID3v2::Tag* tag = nullptr;
    if (auto* mpeg = dynamic_cast<TagLib::MPEG::File*>(ref.file()))
        tag = mpeg->ID3v2Tag(true);
    else if (auto* wav = dynamic_cast<TagLib::RIFF::WAV::File*>(ref.file()))
        tag = wav->ID3v2Tag();
    if (!tag)
        return false;
    auto* frame = new SyltFrame(TagLib::String::UTF8);
    frame->setTimestampFormat(format);
    frame->setType(type);
    SyltFrame::SynchedTextList list;
    for (const auto& pair : pairs)
        list.append(
            SyltFrame::SynchedText(pair.ms, TagLib::String(pair.text.toStdString(), TagLib::String::UTF8)));
    frame->setSynchedText(list);
    tag->addFrame(frame);
    return ref.save();
}

QStringList texts(const Lyrics& lyrics)
{
    QStringList out;
    for (const auto& line : lyrics.lines)
        out << line.text;
    return out;
}

std::vector<qint64> times(const Lyrics& lyrics)
{
    std::vector<qint64> out;
    for (const auto& line : lyrics.lines)
        out.push_back(line.ms);
    return out;
}

} // namespace

// Lyrics as listeners have them: LRC files from LRCGET and old Windows players, and each format's own lyrics
// tag.
class TestLyrics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& relative) const { return m_dir.filePath(relative); }

private slots:
    // Every time of a line is a line of its own, in time order; metadata lines and word times go, a line with
    // no words (the singing's end) stays.
    void readsSyncedLrc()
    {
        const Lyrics lyrics =
            LrcParser::parse(QString::fromUtf8(kLrc) + QStringLiteral("[00:11.000]<00:11.00>Word "
                                                                      "<00:11.40>by word"));
        QVERIFY(lyrics.synced);
        QCOMPARE(texts(lyrics),
                 QStringList({QStringLiteral("First line"), QStringLiteral("Chorus"), QStringLiteral("Third"),
                              QString(), QStringLiteral("Chorus"), QStringLiteral("Word by word")}));
        QCOMPARE(times(lyrics), (std::vector<qint64>{1500, 3000, 5000, 7500, 9250, 11000}));
        QCOMPARE(lyrics.lineAt(0), -1);
        QCOMPARE(lyrics.lineAt(1500), 0);
        QCOMPARE(lyrics.lineAt(4999), 1);
        QCOMPARE(lyrics.lineAt(60000), 5);
    }

    // A positive offset shows the lines sooner, as LRC players do; none goes below the start.
    void appliesTheOffset()
    {
        const Lyrics sooner = LrcParser::parse(QStringLiteral("[offset:+500]\n[00:00.20]a\n[00:02.00]b"));
        QCOMPARE(times(sooner), (std::vector<qint64>{0, 1500}));
        const Lyrics later = LrcParser::parse(QStringLiteral("[offset:-250]\n[00:02.00]b"));
        QCOMPARE(times(later), (std::vector<qint64>{2250}));
        // An offset past an hour is junk: it is held to an hour, and no time overflows.
        const Lyrics junk = LrcParser::parse(QStringLiteral("[offset:-9223372036854775807]\n[00:02.00]b"));
        QCOMPARE(times(junk), (std::vector<qint64>{3602000}));
    }

    // Text with no time is plain lyrics: every line kept, headings in brackets too, empty ends trimmed.
    void keepsPlainLyricsAsTheyAre()
    {
        const Lyrics lyrics = LrcParser::parse(QStringLiteral("\n\r\n") + kPlain + QStringLiteral("\n\n"));
        QVERIFY(!lyrics.synced);
        QCOMPARE(texts(lyrics), kPlain.split(QLatin1Char('\n')));
        QCOMPARE(lyrics.lineAt(100000), -1);
        QVERIFY(LrcParser::parse(QStringLiteral("[ar:Band]\n[ti:Song]\n  \n")).isEmpty());
    }

    void readsEachFormatsLyricsTag_data()
    {
        QTest::addColumn<Encoding>("encoding");
        for (const Encoding encoding : supportedEncodings())
            QTest::newRow(qPrintable(nameOf(encoding))) << encoding;
    }

    void readsEachFormatsLyricsTag()
    {
        QFETCH(Encoding, encoding);
        const QString file = path(QStringLiteral("tags/song.") + extensionOf(encoding));
        Tags tags = songTags(QStringLiteral("Song"), QStringLiteral("Band"));
        tags.lyrics = kPlain;
        QVERIFY(writeAudio(file, encoding, AudioSpec{}, tags));
        const Lyrics lyrics = LyricsReader::read(toFilePath(file));
        QCOMPARE(lyrics.source, Lyrics::Source::Tags);
        QCOMPARE(texts(lyrics), kPlain.split(QLatin1Char('\n')));
        QFile::remove(file);
    }

    // A .lrc beside the song, whatever the case of its extension; synced lyrics win over the tag's plain
    // ones, plain ones do not win over the tag's.
    void findsTheLrcBesideTheSong()
    {
        const QString song = path(QStringLiteral("side/Song.mp3"));
        QVERIFY(writeMp3(song));
        QVERIFY(LyricsReader::read(toFilePath(song)).isEmpty());
        QVERIFY(writeFile(path(QStringLiteral("side/Song.LRC")), kLrc));
        QVERIFY(writeFile(path(QStringLiteral("side/Other.lrc")), "[00:00.00]not this song"));
        Lyrics lyrics = LyricsReader::read(toFilePath(song));
        QCOMPARE(lyrics.source, Lyrics::Source::Sidecar);
        QVERIFY(lyrics.synced);
        QCOMPARE(lyrics.lines.front().text, QStringLiteral("First line"));

        Tags tags;
        tags.lyrics = kPlain;
        QVERIFY(writeTags(song, tags));
        QCOMPARE(LyricsReader::read(toFilePath(song)).source, Lyrics::Source::Sidecar);
        QVERIFY(writeFile(path(QStringLiteral("side/Song.LRC")), "plain words in a file"));
        lyrics = LyricsReader::read(toFilePath(song));
        QCOMPARE(lyrics.source, Lyrics::Source::Tags);
        QCOMPARE(lyrics.lines.front().text, QStringLiteral("[Verse 1]"));
    }

    // Synced lyrics in the tag itself (as LRCGET embeds them) are synced lyrics.
    void readsSyncedLyricsFromTheTag()
    {
        const QString song = path(QStringLiteral("embedded/song.flac"));
        Tags tags;
        tags.lyrics = QString::fromUtf8(kLrc);
        QVERIFY(writeAudio(song, Encoding::Flac, AudioSpec{}, tags));
        const Lyrics lyrics = LyricsReader::read(toFilePath(song));
        QVERIFY(lyrics.synced);
        QCOMPARE(lyrics.source, Lyrics::Source::Tags);
        QCOMPARE(lyrics.lines.size(), std::size_t(5));
    }

    // ID3v2's own synced lyrics (SYLT), one line per pair, in an mp3 that also holds plain lyrics (USLT): the
    // synced ones win, in time order, a pair without words kept as a pause.
    void readsTheSyncedLyricsFrame()
    {
        const QString song = path(QStringLiteral("sylt/song.mp3"));
        Tags tags = songTags(QStringLiteral("Song"), QStringLiteral("Band"));
        tags.lyrics = kPlain;
        QVERIFY(writeMp3(song, AudioSpec{}, tags));
        QCOMPARE(LyricsReader::read(toFilePath(song)).synced, false);
        QVERIFY(addSyncedFrame(song, {{1500, QStringLiteral("Первая строка")},
                                      {6000, QString()},
                                      {3000, QStringLiteral(" Second line ")}}));
        const Lyrics lyrics = LyricsReader::read(toFilePath(song));
        QVERIFY(lyrics.synced);
        QCOMPARE(lyrics.source, Lyrics::Source::Tags);
        QCOMPARE(texts(lyrics),
                 QStringList({QStringLiteral("Первая строка"), QStringLiteral("Second line"), QString()}));
        QCOMPARE(times(lyrics), (std::vector<qint64>{1500, 3000, 6000}));

        // Both synced: the tag wins over a .lrc beside the song.
        QVERIFY(writeFile(path(QStringLiteral("sylt/song.lrc")), kLrc));
        QCOMPARE(LyricsReader::read(toFilePath(song)).lines.front().text, QStringLiteral("Первая строка"));
    }

    // A karaoke frame gives a syllable per pair and starts each line with a line break; a WAV's ID3v2 chunk
    // holds one as an mp3's tag does.
    void joinsKaraokeSyllablesIntoLines()
    {
        const QString song = path(QStringLiteral("karaoke/song.wav"));
        QVERIFY(writeAudio(song, Encoding::Wav, AudioSpec{}, Tags{}));
        QVERIFY(addSyncedFrame(song, {{1000, QStringLiteral("\nHel")},
                                      {1250, QStringLiteral("lo ")},
                                      {1500, QStringLiteral("world")},
                                      {4000, QStringLiteral("\nSec")},
                                      {4300, QStringLiteral("ond")}}));
        const Lyrics lyrics = LyricsReader::read(toFilePath(song));
        QVERIFY(lyrics.synced);
        QCOMPARE(texts(lyrics), QStringList({QStringLiteral("Hello world"), QStringLiteral("Second")}));
        QCOMPARE(times(lyrics), (std::vector<qint64>{1000, 4000}));
    }

    // Times counted in MPEG frames, chords, and a frame without words are passed over: the plain lyrics stay.
    void passesOverFramesThatAreNoTimedLyrics()
    {
        const QString song = path(QStringLiteral("notsylt/song.mp3"));
        Tags tags = songTags(QStringLiteral("Song"), QStringLiteral("Band"));
        tags.lyrics = kPlain;
        QVERIFY(writeMp3(song, AudioSpec{}, tags));
        QVERIFY(addSyncedFrame(song, {{40, QStringLiteral("frames")}}, SyltFrame::AbsoluteMpegFrames));
        QVERIFY(addSyncedFrame(song, {{1000, QStringLiteral("Am")}}, SyltFrame::AbsoluteMilliseconds,
                               SyltFrame::Chord));
        QVERIFY(addSyncedFrame(song, {{1000, QStringLiteral("  ")}}));
        const Lyrics lyrics = LyricsReader::read(toFilePath(song));
        QVERIFY(!lyrics.synced);
        QCOMPARE(texts(lyrics), kPlain.split(QLatin1Char('\n')));
    }

    // An old Windows program's .lrc is in its code page; a UTF-16 one carries a byte-order mark.
    void readsLrcInOtherEncodings()
    {
        const QString song = path(QStringLiteral("enc/песня.mp3"));
        QVERIFY(writeMp3(song));
        const QString words = QStringLiteral("[00:01.00]Я помню чудное мгновенье");
        QVERIFY(writeFile(path(QStringLiteral("enc/песня.lrc")),
                          QByteArray("[00:01.00]\xDF \xEF\xEE\xEC\xED\xFE \xF7\xF3\xE4\xED\xEE\xE5 "
                                     "\xEC\xE3\xED\xEE\xE2\xE5\xED\xFC\xE5")));
        QCOMPARE(LyricsReader::read(toFilePath(song)).lines.front().text, words.mid(10));
        QByteArray utf16("\xFF\xFE", 2);
        for (const QChar c : words)
            utf16.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        QVERIFY(writeFile(path(QStringLiteral("enc/песня.lrc")), utf16));
        QCOMPARE(LyricsReader::read(toFilePath(song)).lines.front().text, words.mid(10));
        QCOMPARE(LegacyText::decodeFile("\xEF\xBB\xBFutf-8 with a mark"),
                 QStringLiteral("utf-8 with a mark"));
        // A lone surrogate (a UTF-16 file cut or mangled) does not keep the lines from being told apart.
        const QByteArray mangled("\xFF\xFE"
                                 "a\0\xE3\xD9\r\0\n\0b\0",
                                 12);
        QCOMPARE(texts(LrcParser::parse(LegacyText::decodeFile(mangled))),
                 QStringList({QStringLiteral("a\uFFFD"), QStringLiteral("b")}));
    }

    void isEmptyForAMissingOrUnreadableFile()
    {
        QVERIFY(LyricsReader::read(toFilePath(path(QStringLiteral("none/missing.mp3")))).isEmpty());
        QVERIFY(writeFile(path(QStringLiteral("junk/song.mp3")), QByteArray(4096, '\x01')));
        QVERIFY(LyricsReader::read(toFilePath(path(QStringLiteral("junk/song.mp3")))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLyrics)
#include "tst_lyrics.moc"
