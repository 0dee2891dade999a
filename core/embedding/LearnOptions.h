#pragma once

#include "core/embedding/EmbeddingBackend.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace soundalike {

// Where the training signal comes from. Auto uses genre tags when enough tracks carry them, else
// self-supervision (two segments of one track are a positive pair).
enum class TrainingSignal
{
    Auto,
    Labels,
    SelfSupervised
};

// How to learn a library's similarity model: the one options type that `soundalike-cli train` flags, the
// app's Settings and the trainer all speak. The backend's TrainOptions (network sizes, margins, the loss in
// effect) are derived from it in one place, SimilarityLearner::trainOptions().
struct LearnOptions
{
    static constexpr int kMinDim = 2;
    static constexpr int kMaxDim = 512;
    static constexpr int kMaxEpochs = 10000;

    TrainingSignal signal = TrainingSignal::Auto;
    // Unset: semi-supervised with usable labels, else InfoNCE self-supervised, each measured best for its
    // signal (docs/quality.md). Set to ArcFace or triplet: learn from the labelled tracks only.
    std::optional<MetricLoss> loss;
    // Semi-supervised: the tag term's weight against InfoNCE, and the genre level's against the family's.
    double tagWeight = 1.0;
    double genreWeight = 0.5;
    int dim = TrainOptions().dim;
    int epochs = TrainOptions().epochs;
    std::uint64_t seed = 1;
    int threads = 0; // 0: one thread, the fastest for this small network
    // Rows the network learns from: "segments" (each ~10-s segment, the track's label) or "summary".
    QString input = QStringLiteral("segments");

    bool operator==(const LearnOptions&) const = default;
};

} // namespace soundalike
