#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace soundalike {

struct Track;

// Volume levelling from our own analysis: each analysed track's gain to one common loudness, from its
// integrated loudness (EBU R 128) over the whole track (LoudnessJob) or, until that is measured, the one its
// descriptor holds. The table is read off the GUI thread and kept in
// memory, so gainDb() answers at once when the player loads a track. Tracks not analysed yet get 0 dB: they
// play unchanged.
//
// Qt's audio output only attenuates, so at full volume a track quieter than the target cannot be raised to
// it. The target is therefore the library's own: ReplayGain 2's reference level where nearly every track
// reaches it, lower where the library holds many quiet recordings, never below EBU R 128's broadcast level.
class LoudnessLevels : public QObject
{
    Q_OBJECT

public:
    // The loudest target: ReplayGain 2's reference level, which most players that level use, so levelled
    // songs sound as loud here as there when the library allows it.
    static constexpr double kReferenceLufs = -18.0;
    // The quietest target: EBU R 128's programme level; below it a library of quiet recordings is better left
    // a little uneven than played too softly for everything else.
    static constexpr double kQuietestTargetLufs = -23.0;
    // The share of the library that must reach the target unamplified, so that it is levelled at full volume.
    static constexpr double kReachingShare = 0.95;

    explicit LoudnessLevels(QString databasePath, QObject* parent = nullptr);
    ~LoudnessLevels() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    // Reads the table again, in the background (after an analysis); reloaded() follows.
    void reload();

    // The gain to play `track` with, in dB: 0 when levelling is off or its loudness is not known.
    [[nodiscard]] double gainDb(const Track& track) const;
    [[nodiscard]] int knownTracks() const { return int(m_table.loudness.size()); }
    // The loudness tracks are brought to, chosen for the library last read.
    [[nodiscard]] double targetLufs() const { return m_table.targetLufs; }

    // The gain that brings a track of this integrated loudness to `targetLufs`; none for a loudness that
    // cannot be trusted (an excerpt that measured as silence).
    [[nodiscard]] static std::optional<double> trackGainDb(double integratedLufs, double targetLufs);
    // The target for a library of tracks this loud: the loudest level in [kQuietestTargetLufs,
    // kReferenceLufs] that kReachingShare of its trusted values reach.
    [[nodiscard]] static double targetFor(const std::vector<double>& integratedLufs);

    struct Table
    {
        QHash<std::int64_t, float> loudness; // by track id, the whole track's where known
        double targetLufs = kReferenceLufs;
    };
    // Every analysed track's integrated loudness and the target they give, read on the calling thread.
    [[nodiscard]] static Table read(const QString& databasePath);

signals:
    void reloaded();
    void enabledChanged(bool on);

private:
    QString m_databasePath;
    Table m_table;
    QFutureWatcher<Table> m_watcher;
    bool m_reloadAgain = false;
    bool m_enabled = true;
};

} // namespace soundalike
