#pragma once

#include "ui/desktop/LaunchRequest.h"

#include <QObject>

#include <vector>

namespace soundalike {

class MainWindow;
struct Track;

// Carries out in the window what a start of `soundalike` asked for, its own or one handed over by a later
// start, and what File ▸ Open Files… chose: audio files and folders become the playlist and play (the files
// named one by one are added as seeds too; a folder's contents are not, a whole album is no seed), an M3U is
// loaded as the playlist the way File ▸ Import does, and the desktop file's actions drive the player. Files
// outside the library are scanned into it as the drops of a file manager are. What cannot be opened is one
// status-bar message, never a dialog.
class LaunchActions : public QObject
{
    Q_OBJECT

public:
    explicit LaunchActions(MainWindow& window, QObject* parent = nullptr);

    // Waits for the library to open (and the last session to come back) before acting.
    void carryOut(const LaunchRequest& request);
    void raise();
    void quit();

private:
    void act(const LaunchRequest& request);
    void runCommand(LaunchRequest::Command command);
    void open(const std::vector<FilePath>& paths);
    void play(const std::vector<Track>& tracks, const std::vector<FilePath>& seedFiles);
    void report(const QStringList& problems);

    MainWindow& m_window;
    std::vector<LaunchRequest> m_waiting;
};

} // namespace soundalike
