#include "core/analysis/RateConverter.h"

#include "core/analysis/AnalysisParameters.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

#include <algorithm>
#include <cstdint>

namespace soundalike {

using analysis::kSampleRate;

RateConverter::~RateConverter()
{
    swr_free(&m_swr);
}

bool RateConverter::configure(int inputRate)
{
    swr_free(&m_swr);
    m_halvings.clear();
    int rate = inputRate;
    while (rate % 2 == 0 && rate / 2 >= kSampleRate) {
        m_halvings.emplace_back();
        rate /= 2;
    }
    if (rate == kSampleRate)
        return true;
    AVChannelLayout mono{};
    av_channel_layout_default(&mono, 1);
    return swr_alloc_set_opts2(&m_swr, &mono, AV_SAMPLE_FMT_FLT, kSampleRate, &mono, AV_SAMPLE_FMT_FLT, rate,
                               0, nullptr) >= 0 &&
           swr_init(m_swr) >= 0;
}

void RateConverter::process(const float* input, std::size_t count, std::vector<float>& output)
{
    for (std::size_t i = 0; i < m_halvings.size(); ++i) {
        std::vector<float>& next = m_between[i % 2];
        next.clear();
        m_halvings[i].process(input, count, next);
        input = next.data();
        count = next.size();
    }
    finalStage(input, count, output);
}

void RateConverter::flush(std::vector<float>& output)
{
    // Each stage's tail goes through the stages after it.
    std::vector<float> tail;
    for (std::size_t i = 0; i < m_halvings.size(); ++i) {
        std::vector<float> next;
        m_halvings[i].process(tail.data(), tail.size(), next);
        m_halvings[i].flush(next);
        tail = std::move(next);
    }
    finalStage(tail.data(), tail.size(), output);
    if (m_swr) {
        const std::size_t before = output.size();
        output.resize(before + std::size_t(std::max(0, swr_get_out_samples(m_swr, 0))));
        auto* out = reinterpret_cast<std::uint8_t*>(output.data() + before);
        const int made = swr_convert(m_swr, &out, int(output.size() - before), nullptr, 0);
        output.resize(before + std::size_t(std::max(0, made)));
        swr_init(m_swr);
    }
}

void RateConverter::finalStage(const float* input, std::size_t count, std::vector<float>& output)
{
    if (!m_swr) {
        output.insert(output.end(), input, input + count);
        return;
    }
    const std::size_t before = output.size();
    output.resize(before + std::size_t(std::max(0, swr_get_out_samples(m_swr, int(count)))));
    auto* out = reinterpret_cast<std::uint8_t*>(output.data() + before);
    const auto* in = reinterpret_cast<const std::uint8_t*>(input);
    const int made = swr_convert(m_swr, &out, int(output.size() - before), &in, int(count));
    output.resize(before + std::size_t(std::max(0, made)));
}

} // namespace soundalike
