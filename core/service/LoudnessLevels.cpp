#include "core/service/LoudnessLevels.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/analysis/LoudnessMeter.h"
#include "core/common/Logging.h"
#include "core/common/Track.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/LoudnessStore.h"

#include <QtConcurrent/QtConcurrentRun>

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
        m_loudness = m_watcher.result();
        qCDebug(lcPlayback) << "loudness known for" << m_loudness.size() << "tracks";
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
    const auto found = m_loudness.constFind(track.id);
    return found == m_loudness.cend() ? 0.0 : trackGainDb(*found).value_or(0.0);
}

std::optional<double> LoudnessLevels::trackGainDb(double integratedLufs)
{
    if (!(integratedLufs > kQuietestTrustedLufs))
        return std::nullopt;
    return kTargetLufs - integratedLufs;
}

QHash<std::int64_t, float> LoudnessLevels::read(const QString& databasePath)
{
    QHash<std::int64_t, float> loudness;
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
    return loudness;
}

} // namespace soundalike
