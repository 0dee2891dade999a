#pragma once

#include "core/common/Track.h"

#include <QString>

#include <sys/types.h>
#include <vector>

typedef struct mpg123_handle_struct mpg123_handle;

namespace soundalike {

struct DecodedExcerpt
{
    std::vector<float> samples; // mono, analysis::kSampleRate; several pieces follow each other
    double trackSeconds = 0; // the whole track's length as libmpg123 knows it (exact with a Xing/LAME header)
    double startSeconds = 0; // where the (first) piece begins in the track
};

// Decodes the centre of an mp3 (or several pieces spread over it) with libmpg123, straight to mono float at
// analysis::kSampleRate: libmpg123 mixes the channels itself and synthesises at the lower rate (for 44.1 kHz
// files its 2:1 synthesis, the same samples MPG123_DOWN_SAMPLE gives; its resampler otherwise), and the part
// before the excerpt is skipped by seeking, not decoded. Damaged frames are skipped by resynchronising on the
// next good frame header. Not thread-safe: one decoder per thread.
class Decoder
{
public:
    static constexpr double kDefaultExcerptSeconds = 120.0;
    static constexpr int kDefaultPieces = 1;

    // `pieces` > 1: that many pieces of excerptSeconds / pieces each, centred at 1/(2n), 3/(2n), ... of the
    // track, so that the excerpt covers the whole track at the cost of decoding excerptSeconds.
    explicit Decoder(double excerptSeconds = kDefaultExcerptSeconds, int pieces = kDefaultPieces);
    ~Decoder();
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;

    // Decodes the excerpt of `path` (raw file-name bytes) into `excerpt`, reusing its buffer. Returns an
    // empty string on success, otherwise why nothing usable could be decoded.
    QString decode(const FilePath& path, DecodedExcerpt& excerpt);

private:
    QString decodeOpen(DecodedExcerpt& excerpt, off_t fileBytes);
    QString readInto(std::vector<float>& samples, std::size_t wanted);
    QString readPieces(std::vector<float>& samples, off_t length, std::size_t wanted);

    mpg123_handle* m_handle = nullptr;
    double m_excerptSeconds;
    int m_pieces;
};

} // namespace soundalike
