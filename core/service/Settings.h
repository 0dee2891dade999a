#pragma once

#include "core/common/Track.h"

#include "core/service/ModelOptions.h"
#include "core/service/PlaylistRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

class QSettings;

namespace soundalike {

// What the user was doing, restored at the next start: seeds, playlist, and where playback stood.
struct SessionState
{
    struct Entry
    {
        // Its id, path and the tags a row shows (title, artist, album, length): a song gone from the library
        // meanwhile comes back greyed as what it was, one removed and put back is found by its path, and a
        // file opened from outside the library (no id) comes back at all.
        Track track;
        double similarity = -1;
        std::int64_t seedId = 0;
        QString why;
        double match = -1;
    };

    std::vector<std::int64_t> seeds;
    std::vector<Entry> playlist;
    std::vector<std::int64_t> queue; // Up next, in order
    int current = -1;
    qint64 positionMs = 0;
    // Where the playlist came from, as the history knows it: its name, the saved playlist it shows, and the
    // request a generated one was made from (PlaylistRecipe's JSON; empty when none).
    QString originTitle;
    std::int64_t originSavedId = 0;
    QJsonObject originRecipe;
};

// Preferences and remembered state in one INI file. Session state is kept per library database, because
// track ids mean nothing in another library.
class Settings
{
public:
    static constexpr int kMaxAvoidHours = 24 * 14;

    explicit Settings(const QString& file);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    bool autoPlay() const;
    void setAutoPlay(bool on);
    bool rescanOnStart() const;
    void setRescanOnStart(bool on);
    // Whether the app follows changes in the library folders while it runs (LibraryWatcher).
    bool watchFolders() const;
    void setWatchFolders(bool on);
    int analysisThreads() const;
    void setAnalysisThreads(int threads);
    double volume() const; // 0..1
    void setVolume(double volume);
    bool muted() const;
    void setMuted(bool muted);
    // Every song played at the same loudness (on unless turned off).
    bool levelLoudness() const;
    void setLevelLoudness(bool on);
    // Whether the desktop is told which song starts while the window is in the background.
    bool songNotifications() const;
    void setSongNotifications(bool on);
    // An icon in the desktop's system tray (on unless turned off), and whether closing the window leaves the
    // app playing there instead of quitting (off unless turned on: closing quits, as it always did).
    bool trayIcon() const;
    void setTrayIcon(bool on);
    bool keepRunningInTray() const;
    void setKeepRunningInTray(bool on);
    // "Keep playing similar songs": the playlist grows by itself near its end.
    bool radio() const;
    void setRadio(bool on);
    // The radio leaves out songs heard within this many hours.
    int radioAvoidHours() const;
    void setRadioAvoidHours(int hours);
    bool shuffle() const;
    void setShuffle(bool on);
    // PlayOrder::Repeat as a number (0 off, 1 the whole playlist, 2 this song).
    int repeat() const;
    void setRepeat(int repeat);
    // The interface language as a code ("en", "ru"); empty: the system's.
    QString language() const;
    void setLanguage(const QString& language);

    // The folder a file dialog of this purpose ("export", "import") was last left in; empty when none.
    QString lastFolder(const QString& purpose) const;
    void setLastFolder(const QString& purpose, const QString& folder);

    // How the listener chose to colour the map (MapPane names the choices); empty when they never chose.
    QString mapColouring() const;
    void setMapColouring(const QString& colouring);
    // Whether the listener folded the map's legend to its title.
    bool mapLegendFolded() const;
    void setMapLegendFolded(bool folded);

    // Opaque blobs of window geometry and splitter positions, by name.
    QByteArray layout(const QString& name) const;
    void setLayout(const QString& name, const QByteArray& state);

    ModelOptions modelOptions() const;
    void setModelOptions(const ModelOptions& options);

    PlaylistRequest generateOptions() const;
    void setGenerateOptions(const PlaylistRequest& request);

    SessionState session(const QString& databasePath) const;
    void setSession(const QString& databasePath, const SessionState& state);

    void sync();
    // The INI file, for another Settings on it (written from another thread).
    [[nodiscard]] QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace soundalike
