#pragma once

#include "core/common/FilePath.h"
#include "core/playback/OutputCheck.h"

#include <QAudioDevice>
#include <QObject>
#include <QString>
#include <QTimer>

namespace soundalike {

// Decides what is to blame when a track fails to play: its file (gone, unreadable, or failing while the
// output plays) or the sound output. Qt reports a sound server gone as it does a damaged file, for every
// track in turn: skipping on would run through the whole playlist blaming each song, so the output is tried
// (OutputCheck) before the file is blamed. GStreamer also reports one failure several times (up to four
// errors and an invalid status, within a few milliseconds); acting on each would skip good tracks after the
// bad one, so the first report counts and settled() waits until the rest have arrived.
class FailureTriage : public QObject
{
    Q_OBJECT

public:
    explicit FailureTriage(QObject* parent = nullptr);

    // The track at `path` failed on `device`, for `reason` as the medium told it. A report while one is
    // judged or settles is the same failure again: isBusy() tells, and it is not judged twice.
    void report(const FilePath& path, const QString& reason, const QAudioDevice& device);
    [[nodiscard]] bool isBusy() const { return m_settle.isActive() || m_outputCheck.isRunning(); }
    // Another track is loaded: nothing under way concerns it.
    void cancel();

signals:
    // The file is to blame, and why: settled() follows once the failure's other reports are in.
    void fileFailed(const QString& reason);
    // The output does not play: no song is to blame.
    void outputFailed();
    void settled();

private:
    void blameFile(const QString& reason);
    void onOutputChecked(bool works);

    OutputCheck m_outputCheck;
    QTimer m_settle;
    QString m_failure; // why the track failed, said if the output check clears the output
};

} // namespace soundalike
