#include "tests/support/Mp3Fixture.h"

#include "core/common/AvxState.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <lame/lame.h>
#include <taglib/attachedpictureframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/textidentificationframe.h>
#include <taglib/unsynchronizedlyricsframe.h>

#include <cmath>
#include <numbers>
#include <random>

namespace soundalike::test {

namespace {

// A little synthetic song: I-vi-IV-V in C (one chord per bar of four beats), each chord note with three
// harmonics and a decay per beat, a 60 Hz kick on every beat, a short burst of noise between beats and a
// quiet noise bed throughout. The seed transposes it and shapes the mix, so different seeds sound different.
double musicSample(const AudioSpec& spec, double t, std::mt19937& rng)
{
    static const int chords[4][3] = {{60, 64, 67}, {57, 60, 64}, {53, 57, 60}, {55, 59, 62}};
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    const double beat = 60.0 / spec.bpm;
    const double inBeat = std::fmod(t, beat);
    const int bar = int(t / (4 * beat)) % 4;
    const int transpose = int(spec.seed % 7) - 3;
    const double brightness = 0.3 + 0.1 * double(spec.seed % 5);
    double value = 0.0;
    for (const int note : chords[bar]) {
        const double hz = 440.0 * std::pow(2.0, (note + transpose - 69) / 12.0);
        for (int harmonic = 1; harmonic <= 3; ++harmonic)
            value +=
                std::pow(brightness, harmonic - 1) * std::sin(2.0 * std::numbers::pi * hz * harmonic * t);
    }
    value *= 0.12 * std::exp(-2.0 * inBeat);
    value += 0.5 * std::exp(-inBeat / 0.08) * std::sin(2.0 * std::numbers::pi * 60.0 * inBeat);
    // A bed of broadband noise (room, reverb, cymbal wash): real recordings fill the whole spectrum, which is
    // what makes them cost what they do to encode and decode.
    value += 0.04 * uniform(rng);
    const double offBeat = std::fmod(t + beat / 2, beat);
    if (offBeat < 0.03)
        value += 0.15 * (1.0 - offBeat / 0.03) * uniform(rng);
    return value;
}

} // namespace

Tags songTags(const QString& title, const QString& artist)
{
    Tags tags;
    tags.title = title;
    tags.artist = artist;
    return tags;
}

std::vector<float> generate(const AudioSpec& spec)
{
    // A test's Qt calls before this leave the AVX state dirty, and then every sin and pow below paid a state
    // transition: 32 tracks of 24 s took 170 s instead of 10 (core/common/AvxState.h).
    clearAvxUpperState();
    const auto frames = std::size_t(spec.seconds * spec.sampleRate);
    std::vector<float> samples(frames * std::size_t(spec.channels), 0.0f);
    std::mt19937 rng(spec.seed);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    const double clickPeriod = 60.0 / spec.bpm * spec.sampleRate;
    const auto clickLength = std::size_t(0.01 * spec.sampleRate);
    for (std::size_t i = 0; i < frames; ++i) {
        double value = 0.0;
        switch (spec.wave) {
        case AudioSpec::Wave::Sine:
            value = std::sin(2.0 * std::numbers::pi * spec.frequency * double(i) / spec.sampleRate);
            break;
        case AudioSpec::Wave::Noise:
            value = uniform(rng);
            break;
        case AudioSpec::Wave::Silence:
            break;
        case AudioSpec::Wave::Music:
            value = musicSample(spec, double(i) / spec.sampleRate, rng);
            break;
        case AudioSpec::Wave::Clicks: {
            const double phase = std::fmod(double(i), clickPeriod);
            value = phase < double(clickLength) ? uniform(rng) * (1.0 - phase / double(clickLength)) : 0.0;
            break;
        }
        }
        for (int c = 0; c < spec.channels; ++c)
            samples[i * std::size_t(spec.channels) + std::size_t(c)] = float(value * spec.amplitude);
    }
    return samples;
}

QByteArray encodeMp3(const std::vector<float>& interleaved, int sampleRate, int channels, int bitrateKbps)
{
    lame_global_flags* lame = lame_init();
    lame_set_in_samplerate(lame, sampleRate);
    lame_set_out_samplerate(lame, sampleRate);
    lame_set_num_channels(lame, channels);
    lame_set_mode(lame, channels == 1 ? MONO : JOINT_STEREO);
    lame_set_brate(lame, bitrateKbps);
    lame_set_quality(lame, 7);
    lame_set_bWriteVbrTag(lame, 0);
    if (lame_init_params(lame) < 0) {
        lame_close(lame);
        return {};
    }
    const int frames = int(interleaved.size()) / channels;
    QByteArray out(int(1.25 * frames + 7200 + 16384), Qt::Uninitialized);
    std::vector<float> left(static_cast<std::size_t>(frames));
    std::vector<float> right(static_cast<std::size_t>(frames));
    for (int i = 0; i < frames; ++i) {
        left[std::size_t(i)] = interleaved[std::size_t(i * channels)];
        right[std::size_t(i)] = interleaved[std::size_t(i * channels + channels - 1)];
    }
    int written =
        lame_encode_buffer_ieee_float(lame, left.data(), right.data(), frames,
                                      reinterpret_cast<unsigned char*>(out.data()), int(out.size()));
    if (written >= 0) {
        const int tail = lame_encode_flush(lame, reinterpret_cast<unsigned char*>(out.data()) + written,
                                           int(out.size()) - written);
        written = tail >= 0 ? written + tail : -1;
    }
    lame_close(lame);
    if (written < 0)
        return {};
    out.truncate(written);
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool writeMp3(const QString& path, const AudioSpec& spec, const Tags& tags)
{
    const QByteArray mp3 = encodeMp3(generate(spec), spec.sampleRate, spec.channels, spec.bitrateKbps);
    return !mp3.isEmpty() && writeFile(path, mp3) && writeTags(path, tags);
}

namespace {

TagLib::String tl(const QString& s)
{
    return TagLib::String(s.toUtf8().constData(), TagLib::String::UTF8);
}

void setText(TagLib::ID3v2::Tag* tag, const char* id, const QStringList& values)
{
    tag->removeFrames(id);
    if (values.isEmpty() || (values.size() == 1 && values.front().isEmpty()))
        return;
    auto* frame = new TagLib::ID3v2::TextIdentificationFrame(id, TagLib::String::UTF8);
    TagLib::StringList list;
    for (const QString& v : values)
        list.append(tl(v));
    frame->setText(list);
    tag->addFrame(frame);
}

} // namespace

CountedMp3 countedMp3(const QByteArray& mp3)
{
    QByteArray xing = mp3.left(4) + QByteArray(413, '\0');
    xing[2] = char(xing[2] & ~0x02); // no padding byte
    const qint64 stream = xing.size() + mp3.size();
    QByteArray counts("Xing\0\0\0\x03", 8); // frames and bytes present
    for (const qint64 field : {qint64(mp3.size() / 417 + 1), stream})
        for (int shift = 24; shift >= 0; shift -= 8)
            counts += char((field >> shift) & 0xff);
    xing.replace(36, counts.size(), counts);
    // An ID3v2 tag of 100 bytes (size 90, syncsafe) before the first frame.
    const QByteArray id3 = QByteArray("ID3\x04\0\0\0\0\0\x5a", 10) + QByteArray(90, '\0');
    return {id3 + xing + mp3, id3.size(), stream};
}

bool writeTags(const QString& path, const Tags& tags)
{
    TagLib::MPEG::File file(QFile::encodeName(path).constData(), false);
    if (!file.isValid())
        return false;
    TagLib::ID3v2::Tag* tag = file.ID3v2Tag(true);
    setText(tag, "TIT2", {tags.title});
    setText(tag, "TPE1", QStringList{tags.artist} + tags.otherArtists);
    setText(tag, "TPE2", {tags.albumArtist});
    setText(tag, "TALB", {tags.album});
    setText(tag, "TCON", tags.genres);
    setText(tag, "TDRC", {tags.date});
    setText(tag, "TRCK", {tags.track});
    setText(tag, "TPOS", {tags.disc});
    if (!tags.cover.isEmpty()) {
        auto* picture = new TagLib::ID3v2::AttachedPictureFrame;
        picture->setMimeType("image/jpeg");
        picture->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
        picture->setPicture(TagLib::ByteVector(tags.cover.constData(), unsigned(tags.cover.size())));
        tag->addFrame(picture);
    }
    if (!tags.lyrics.isEmpty()) {
        auto* lyrics = new TagLib::ID3v2::UnsynchronizedLyricsFrame(TagLib::String::UTF8);
        lyrics->setLanguage("eng");
        lyrics->setText(TagLib::String(tags.lyrics.toStdString(), TagLib::String::UTF8));
        tag->addFrame(lyrics);
    }
    return file.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v4);
}

} // namespace soundalike::test
