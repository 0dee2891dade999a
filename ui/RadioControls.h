#pragma once

#include <QObject>

#include <cstdint>
#include <memory>
#include <vector>

class QAction;
class QToolButton;
class QWidget;

namespace soundalike {

class Application;
class ListeningLog;
class Player;
class Playlist;
class PlaylistView;
class RadioSession;

// The window's side of listening: the "Keep playing similar songs" switch and its menu action, "More Like
// This", the listening history fed from the player, and volume levelling hooked into the player. The work is
// the core's (RadioSession, ListeningLog, LoudnessLevels); this wires it to the views and the settings.
class RadioControls : public QObject
{
    Q_OBJECT

public:
    RadioControls(Application& application, Playlist& playlist, Player& player, PlaylistView& playlistView,
                  QWidget* window);
    ~RadioControls() override;

    // The switch for the player bar: radioAction() as a button, so the two are one.
    QToolButton* radioSwitch() const { return m_switch; }
    // Playback ▸ Keep Playing Similar Songs (checkable, with its shortcut).
    QAction* radioAction() const { return m_radioAction; }
    // More Like This: the selected playlist songs when the playlist has the focus, else the playing song.
    QAction* moreLikeThisAction() const { return m_moreLike; }
    RadioSession& session() { return *m_session; }
    ListeningLog& log() { return *m_log; }

signals:
    void message(const QString& text);

private:
    void setRadio(bool on);
    void applySettings();
    std::vector<std::int64_t> moreLikeTargets() const;

    Application& m_application;
    Playlist& m_playlist;
    Player& m_player;
    PlaylistView& m_playlistView;
    std::unique_ptr<ListeningLog> m_log;
    std::unique_ptr<RadioSession> m_session;
    QAction* m_radioAction;
    QToolButton* m_switch;
    QAction* m_moreLike;
};

} // namespace soundalike
