#pragma once

namespace soundalike::analysis {

// Fixed parameters of the descriptor. They are part of what DescriptorLayout::kVersion stands for: change one
// and bump the version.
inline constexpr int kSampleRate = 22050;
inline constexpr int kFrameSize = 1024; // 46 ms: 21.5 Hz bins
inline constexpr int kHopSize = 512;    // 23 ms: the onset envelope runs at ~43 Hz
inline constexpr int kBins = kFrameSize / 2 + 1;
inline constexpr int kMelBands = 40;
inline constexpr double kMelLowHz = 20.0;
inline constexpr double kMelHighHz = kSampleRate / 2.0;
inline constexpr double kSegmentSeconds = 10.0;
inline constexpr double kFramesPerSecond = double(kSampleRate) / kHopSize;
// Decoded audio beyond this magnitude (+24 dBFS) is broken, not loud; it is clipped here so that nothing
// downstream overflows.
inline constexpr float kMaxAmplitude = 16.0f;
// Power floor before taking logarithms: -120 dB relative to a full-scale bin.
inline constexpr float kPowerFloor = 1e-12f;

} // namespace soundalike::analysis
