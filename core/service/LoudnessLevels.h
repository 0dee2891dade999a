#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace soundalike {

struct Track;

// Volume levelling from our own analysis: each analysed track's gain to one common loudness, from its
// integrated loudness (EBU R 128) over the whole track (LoudnessJob) or, until that is measured, the one its
// descriptor holds. The table is read off the GUI thread and kept in
// memory, so gainDb() answers at once when the player loads a track. Tracks not analysed yet get 0 dB: they
// play unchanged.
class LoudnessLevels : public QObject
{
    Q_OBJECT

public:
    // The loudness every track is brought to: ReplayGain 2's reference level, which most players that level
    // use, so levelled songs sound as loud here as there.
    static constexpr double kTargetLufs = -18.0;

    explicit LoudnessLevels(QString databasePath, QObject* parent = nullptr);
    ~LoudnessLevels() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    // Reads the table again, in the background (after an analysis); reloaded() follows.
    void reload();

    // The gain to play `track` with, in dB: 0 when levelling is off or its loudness is not known.
    [[nodiscard]] double gainDb(const Track& track) const;
    [[nodiscard]] int knownTracks() const { return int(m_loudness.size()); }

    // The gain that brings a track of this integrated loudness to the target; none for a loudness that cannot
    // be trusted (an excerpt that measured as silence).
    [[nodiscard]] static std::optional<double> trackGainDb(double integratedLufs);
    // Every analysed track's integrated loudness (the whole track's where known), by id, read on the calling
    // thread.
    [[nodiscard]] static QHash<std::int64_t, float> read(const QString& databasePath);

signals:
    void reloaded();
    void enabledChanged(bool on);

private:
    QString m_databasePath;
    QHash<std::int64_t, float> m_loudness;
    QFutureWatcher<QHash<std::int64_t, float>> m_watcher;
    bool m_reloadAgain = false;
    bool m_enabled = true;
};

} // namespace soundalike
