#pragma once

#include "ui/MessageLog.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QString>

#include <vector>

class QStatusBar;

namespace soundalike {

// The status bar's passing message, kept inside the room its corner widgets (progress, warnings) leave: a
// longer one ends in "…" with the whole of it in the tooltip, and is cut again to the room there is whenever
// that changes while it shows (a progress bar appearing, the window resized), rather than running under them
// or stopping mid-word.
class StatusMessage : public QObject
{
    Q_OBJECT

public:
    explicit StatusMessage(QStatusBar& bar);

    // A widget in the bar's corner whose width the message leaves free while it is visible.
    void addCorner(QWidget* corner);
    // Shows `text` for as long as it takes to read (readingTime), and while the pointer rests on it.
    void show(const QString& text);
    // Shows `text` only when no other message is showing: routine news ("Library is up to date." after a
    // rescan the watcher started) must not push out one the listener may not have read yet.
    void showIfFree(const QString& text);
    // Kept in the log without showing: what shows elsewhere in the bar (the sound-output warning).
    void record(const QString& text) { m_log.add(text); }
    // Every message shown or recorded this session.
    const MessageLog& log() const { return m_log; }
    // Whether `text` is the message showing now, not yet read away.
    [[nodiscard]] bool isShowing(const QString& text) const { return showing() && m_text == text; }
    // How long a message stays: longer for a longer one.
    [[nodiscard]] static int readingTime(const QString& text);

signals:
    // The bar was double-clicked: the listener wants to read what it said.
    void logRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Shows the message cut to the room there is now, for what is left of its time.
    void fit(int milliseconds);
    [[nodiscard]] bool showing() const;
    void holdWhileHovered();
    void releaseAfterHover();

    QStatusBar& m_bar;
    std::vector<QWidget*> m_corners;
    QString m_text;  // the whole message
    QString m_shown; // what the bar shows of it
    QDeadlineTimer m_until;
    MessageLog m_log;
};

} // namespace soundalike
