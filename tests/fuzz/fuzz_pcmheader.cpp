// Fuzzes the header readers the scanner falls back on when TagLib reports no audio: the WAV and AIFF chunk
// reader (core/library PcmHeader) for a file cut short, and the FLAC and Ogg FLAC frame counter (FlacLength)
// for a stream that leaves its length unknown. Arbitrary bytes, read from a file by name as the scanner reads
// them, as each format. Whatever the chunks claim, the frames found fit in the file. Also the walk that finds
// the audio between a file's tags (AudioPayload), whose signature tells a retag from new audio: what it finds
// lies in the file.
#include "core/library/AudioPayload.h"
#include "core/library/FlacLength.h"
#include "core/library/PcmHeader.h"
#include "tests/fuzz/FuzzCheck.h"
#include "tests/fuzz/MemoryFile.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace soundalike;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static fuzz::MemoryFile file;
    file.assign(data, size);
    for (const AudioFormat format : {AudioFormat::Wav, AudioFormat::Aiff}) {
        const auto stream = readPcmHeader(file.path(), format);
        if (!stream)
            continue;
        FUZZ_CHECK(stream->frames > 0 && stream->sampleRate > 0 && stream->channels > 0);
        const std::int64_t frameBytes = stream->channels * ((stream->bitsPerSample + 7) / 8);
        FUZZ_CHECK(stream->frames <= std::int64_t(size) / std::max<std::int64_t>(1, frameBytes));
        FUZZ_CHECK(stream->lengthMs() >= 0);
    }
    for (const AudioFormat format : {AudioFormat::Flac, AudioFormat::OggFlac}) {
        if (const auto frames = countFlacFrames(file.path(), format))
            FUZZ_CHECK(*frames > 0);
    }
    for (const AudioFormat format :
         {AudioFormat::MpegAudio, AudioFormat::Flac, AudioFormat::Mp4, AudioFormat::Wav, AudioFormat::Aiff}) {
        if (const auto payload = findAudioPayload(file.path(), format)) {
            FUZZ_CHECK(payload->offset >= 0 && payload->length > 0);
            FUZZ_CHECK(payload->offset + payload->length <= std::int64_t(size));
            FUZZ_CHECK(audioSignature(file.path(), format) != 0);
        } else {
            FUZZ_CHECK(audioSignature(file.path(), format) == 0);
        }
    }
    return 0;
}
