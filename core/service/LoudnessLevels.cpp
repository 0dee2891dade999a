#include "core/service/LoudnessLevels.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/analysis/LoudnessMeter.h"
#include "core/common/Logging.h"
#include "core/common/Track.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/LoudnessStore.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <iterator>
#include <stdexcept>

namespace soundalike {

namespace {

// An excerpt this quiet measured as silence (the R 128 absolute gate), or nearly: its gain would be huge
// and mean nothing.
constexpr double kQuietestTrustedLufs = LoudnessMeter::kSilenceLufs + 10.0;

} // namespace

LoudnessLevels::LoudnessLevels(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_table = m_watcher.result();
        qCDebug(lcPlayback) << "loudness known for" << m_table.loudness.size() << "tracks, target"
                            << m_table.targetLufs << "LUFS";
        emit reloaded();
        if (std::exchange(m_reloadAgain, false))
            reload();
    });
}

LoudnessLevels::~LoudnessLevels()
{
    m_watcher.waitForFinished();
}

void LoudnessLevels::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    emit enabledChanged(on);
}

void LoudnessLevels::reload()
{
    if (m_watcher.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([path = m_databasePath] { return read(path); }));
}

double LoudnessLevels::gainDb(const Track& track) const
{
    if (!m_enabled)
        return 0.0;
    const auto found = m_table.loudness.constFind(track.id);
    return found == m_table.loudness.cend() ? 0.0 : trackGainDb(*found, m_table.targetLufs).value_or(0.0);
}

std::optional<double> LoudnessLevels::trackGainDb(double integratedLufs, double targetLufs)
{
    if (!(integratedLufs > kQuietestTrustedLufs))
        return std::nullopt;
    return targetLufs - integratedLufs;
}

double LoudnessLevels::targetFor(const std::vector<double>& integratedLufs)
{
    std::vector<double> trusted;
    trusted.reserve(integratedLufs.size());
    std::copy_if(integratedLufs.begin(), integratedLufs.end(), std::back_inserter(trusted),
                 [](double lufs) { return lufs > kQuietestTrustedLufs; });
    if (trusted.empty())
        return kReferenceLufs;
    // The quietest of the loudest kReachingShare: every track at or above it needs no amplification.
    const std::size_t below =
        std::min(trusted.size() - 1, std::size_t((1.0 - kReachingShare) * double(trusted.size()) + 1e-9));
    const auto quietest = trusted.begin() + std::ptrdiff_t(below);
    std::nth_element(trusted.begin(), quietest, trusted.end());
    return std::clamp(*quietest, kQuietestTargetLufs, kReferenceLufs);
}

LoudnessLevels::Table LoudnessLevels::read(const QString& databasePath)
{
    Table table;
    QHash<std::int64_t, float>& loudness = table.loudness;
    try {
        Database db(databasePath, Database::Mode::ReadOnly);
        const auto values = DescriptorStore(db).dimension(
            DescriptorLayout::kVersion, DescriptorLayout::Loudness + DescriptorLayout::IntegratedLufs);
        loudness.reserve(qsizetype(values.size()));
        for (const auto& [id, lufs] : values)
            loudness.insert(id, lufs);
        // The whole track, in its own channels, where it has been measured: the excerpt's mono mix misjudges
        // wide stereo and a differing intro or outro (docs/performance.md, volume levelling).
        for (const auto& [id, lufs] : LoudnessStore(db).all())
            loudness.insert(id, lufs);
    } catch (const std::exception& e) {
        // Without the table every track plays unchanged, which is what levelling promises for the unknown.
        qCWarning(lcPlayback) << "cannot read the tracks' loudness:" << e.what();
    }
    table.targetLufs = targetFor(std::vector<double>(loudness.cbegin(), loudness.cend()));
    return table;
}

} // namespace soundalike
