#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace soundalike {

class Settings;

// Writes what the window saves on closing while it runs: once things have settled after a change (another
// playlist, song, seed, queue or volume) and every half minute while a song plays, so that a crash, a kill
// or a logout loses at most that much (it lost the whole session, back to the last clean quit). What to
// write is taken on the GUI thread; the INI file is written on a thread of its own, one write at a time.
class StateAutosave : public QObject
{
    Q_OBJECT

public:
    // Returns the values to write, taken now, as a function that writes them into a Settings.
    using Capture = std::function<std::function<void(Settings&)>()>;
    static constexpr int kSettleMs = 2000;
    static constexpr int kPlayingMs = 30000;

    StateAutosave(QString settingsFile, Capture capture, QObject* parent = nullptr);
    ~StateAutosave() override;

    // Something worth keeping changed.
    void changed();
    // While a song plays its position moves on.
    void setPlaying(bool playing);
    // No more writes, and the one under way done: the window is about to save for the last time itself.
    void finish();

signals:
    // A write reached the file (for tests).
    void written();

private:
    void save();

    QString m_file;
    Capture m_capture;
    QTimer m_settle;
    QTimer m_playing;
    QThreadPool m_writer;
    bool m_finished = false;
};

} // namespace soundalike
