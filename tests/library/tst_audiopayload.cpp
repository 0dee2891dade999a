#include "core/common/FormatSniffer.h"
#include "core/library/AudioPayload.h"
#include "tests/support/AudioFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

Q_DECLARE_METATYPE(soundalike::test::Encoding)

namespace {

Tags smallTags()
{
    Tags tags;
    tags.title = QStringLiteral("Song");
    tags.artist = QStringLiteral("Artist");
    return tags;
}

// What a tagger does to a file: longer text, more fields and a cover, so the tags grow past any padding.
Tags retagged()
{
    Tags tags;
    tags.title = QStringLiteral("Song (2024 remaster) ") + QString(3000, QLatin1Char('t'));
    tags.artist = QStringLiteral("Artist");
    tags.otherArtists = {QStringLiteral("Guest")};
    tags.album = QStringLiteral("Альбом");
    tags.genres = {QStringLiteral("Rock")};
    tags.date = QStringLiteral("1999");
    tags.cover = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(20000, 'c');
    return tags;
}

bool hasPayload(Encoding encoding)
{
    return encoding != Encoding::OggVorbis && encoding != Encoding::Opus && encoding != Encoding::OggFlac;
}

bool appendBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(bytes) == bytes.size();
}

} // namespace

// A retag moves a file's audio and rewrites the tags around it; the audio's signature stays, and tells the
// scanner the analysis still holds. New audio signs differently.
class TestAudioPayload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name, Encoding encoding) const
    {
        return m_dir.filePath(name + QLatin1Char('.') + extensionOf(encoding));
    }

private slots:
    void aRetagKeepsTheSignature_data()
    {
        QTest::addColumn<Encoding>("encoding");
        for (const Encoding encoding : supportedEncodings())
            QTest::newRow(qPrintable(nameOf(encoding))) << encoding;
    }

    void aRetagKeepsTheSignature()
    {
        QFETCH(Encoding, encoding);
        const QString song = path(QStringLiteral("song-") + nameOf(encoding), encoding);
        QVERIFY(writeAudio(song, encoding, {AudioSpec::Wave::Music, 3.0}, smallTags()));
        const FilePath file = toFilePath(song);
        const AudioFormat format = FormatSniffer::sniffFile(file).format;
        const std::int64_t before = audioSignature(file, format);
        const auto payloadBefore = findAudioPayload(file, format);
        const qint64 sizeBefore = QFile(song).size();
        QVERIFY(retagAudio(song, encoding, retagged()));
        QVERIFY(QFile(song).size() > sizeBefore + 20000);
        const std::int64_t after = audioSignature(file, format);
        if (!hasPayload(encoding)) {
            QCOMPARE(before, 0);
            QCOMPARE(after, 0);
            return;
        }
        QVERIFY(before != 0);
        QCOMPARE(after, before);
        const auto payloadAfter = findAudioPayload(file, format);
        QVERIFY(payloadBefore && payloadAfter);
        QCOMPARE(payloadAfter->length, payloadBefore->length);
        QVERIFY(payloadAfter->length > QFile(song).size() / 4);

        // Other audio in the same format, even of the same length and tags, signs differently.
        const QString other = path(QStringLiteral("other-") + nameOf(encoding), encoding);
        QVERIFY(writeAudio(other, encoding, {AudioSpec::Wave::Noise, 3.0}, smallTags()));
        QVERIFY(audioSignature(toFilePath(other), format) != before);
    }

    // Tags after the audio: ID3v1 and APEv2, which mp3 taggers add and remove at the end of the file.
    void trailingMp3TagsAreNotAudio()
    {
        const QString song = path(QStringLiteral("trailing"), Encoding::Mp3);
        QVERIFY(writeAudio(song, Encoding::Mp3, {AudioSpec::Wave::Noise, 2.0}, smallTags()));
        const FilePath file = toFilePath(song);
        const std::int64_t before = audioSignature(file, AudioFormat::MpegAudio);
        QByteArray ape("APETAGEX", 8);
        for (const std::uint32_t field :
             {2000u, 24u + 32u, 1u, 0u}) // version, size (item + footer), items, flags
            for (int i = 0; i < 4; ++i)
                ape.append(char(field >> (8 * i)));
        ape.append(QByteArray(8, '\0'));
        const QByteArray item = QByteArray("\x08\0\0\0\0\0\0\0Comment\0Sunshine", 24);
        const QByteArray id3v1 = QByteArray("TAG") + QByteArray(125, 'x');
        QVERIFY(appendBytes(song, item + ape + id3v1));
        QCOMPARE(audioSignature(file, AudioFormat::MpegAudio), before);
    }

    void notAudioHasNoSignature()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.flac"));
        QVERIFY(writeFile(text, "not a FLAC at all\n"));
        for (const AudioFormat format :
             {AudioFormat::Flac, AudioFormat::Mp4, AudioFormat::Wav, AudioFormat::Aiff})
            QCOMPARE(audioSignature(toFilePath(text), format), 0);
        QCOMPARE(
            audioSignature(toFilePath(m_dir.filePath(QStringLiteral("missing.mp3"))), AudioFormat::MpegAudio),
            0);
    }
};

QTEST_GUILESS_MAIN(TestAudioPayload)
#include "tst_audiopayload.moc"
