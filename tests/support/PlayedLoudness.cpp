#include "tests/support/PlayedLoudness.h"

#include <QFile>

#include <ebur128.h>
#include <mpg123.h>

#include <memory>
#include <vector>

namespace soundalike::test {

namespace {

struct Decoded
{
    std::vector<float> samples; // interleaved
    long rate = 0;
    int channels = 0;
};

std::optional<Decoded> decode(const QString& path)
{
    int error = MPG123_OK;
    std::unique_ptr<mpg123_handle, decltype(&mpg123_delete)> handle(mpg123_new(nullptr, &error),
                                                                    &mpg123_delete);
    if (!handle)
        return std::nullopt;
    mpg123_handle* mh = handle.get();
    // Float output at whatever rate and channels the file has.
    mpg123_format_none(mh);
    const long* rates = nullptr;
    std::size_t count = 0;
    mpg123_rates(&rates, &count);
    for (std::size_t i = 0; i < count; ++i)
        mpg123_format(mh, rates[i], MPG123_MONO | MPG123_STEREO, MPG123_ENC_FLOAT_32);
    if (mpg123_open(mh, QFile::encodeName(path).constData()) != MPG123_OK)
        return std::nullopt;
    Decoded d;
    int encoding = 0;
    if (mpg123_getformat(mh, &d.rate, &d.channels, &encoding) != MPG123_OK)
        return std::nullopt;
    std::vector<unsigned char> buffer(1 << 16);
    for (;;) {
        std::size_t done = 0;
        const int rc = mpg123_read(mh, buffer.data(), buffer.size(), &done);
        const auto* floats = reinterpret_cast<const float*>(buffer.data());
        d.samples.insert(d.samples.end(), floats, floats + done / sizeof(float));
        if (rc == MPG123_DONE)
            break;
        if (rc != MPG123_OK && rc != MPG123_NEW_FORMAT)
            return std::nullopt;
    }
    mpg123_close(mh);
    return d;
}

} // namespace

std::optional<double> playedLoudness(const QString& path, double gain)
{
    std::optional<Decoded> d = decode(path);
    if (!d || d->channels <= 0 || d->samples.empty())
        return std::nullopt;
    for (float& s : d->samples)
        s = float(s * gain);
    ebur128_state* state = ebur128_init(unsigned(d->channels), unsigned(d->rate), EBUR128_MODE_I);
    if (!state)
        return std::nullopt;
    // A mono file sounds from both speakers.
    if (d->channels == 1)
        ebur128_set_channel(state, 0, EBUR128_DUAL_MONO);
    ebur128_add_frames_float(state, d->samples.data(), d->samples.size() / std::size_t(d->channels));
    double loudness = 0.0;
    const bool ok = ebur128_loudness_global(state, &loudness) == EBUR128_SUCCESS;
    ebur128_destroy(&state);
    return ok ? std::optional<double>(loudness) : std::nullopt;
}

} // namespace soundalike::test
