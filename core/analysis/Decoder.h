#pragma once

#include "core/common/Track.h"

#include <QString>

#include <sys/types.h>
#include <vector>

typedef struct mpg123_handle_struct mpg123_handle;

namespace soundalike {

struct DecodedExcerpt
{
    std::vector<float> samples; // mono, analysis::kSampleRate
    double trackSeconds = 0; // the whole track's length as libmpg123 knows it (exact with a Xing/LAME header)
    double startSeconds = 0; // where the excerpt begins in the track
};

// Decodes the centre of an mp3 with libmpg123, straight to mono float at analysis::kSampleRate: libmpg123
// mixes the channels itself and synthesises at the lower rate (for 44.1 kHz files its 2:1 synthesis, the same
// samples MPG123_DOWN_SAMPLE gives; its resampler otherwise), and the part before the excerpt is skipped by
// seeking, not decoded. Damaged frames are skipped by resynchronising on the next good frame header. Not
// thread-safe: one decoder per thread.
class Decoder
{
public:
    static constexpr double kDefaultExcerptSeconds = 120.0;

    explicit Decoder(double excerptSeconds = kDefaultExcerptSeconds);
    ~Decoder();
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;

    // Decodes the excerpt of `path` (raw file-name bytes) into `excerpt`, reusing its buffer. Returns an
    // empty string on success, otherwise why nothing usable could be decoded.
    QString decode(const FilePath& path, DecodedExcerpt& excerpt);

private:
    QString decodeOpen(DecodedExcerpt& excerpt, off_t fileBytes);
    QString readInto(std::vector<float>& samples, std::size_t wanted);

    mpg123_handle* m_handle = nullptr;
    double m_excerptSeconds;
};

} // namespace soundalike
