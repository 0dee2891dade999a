#pragma once

#include <QElapsedTimer>
#include <QString>

namespace soundalike::cli {

// A single self-overwriting status line on stderr, shown only when stderr is a terminal.
class TerminalProgress
{
public:
    explicit TerminalProgress(bool wanted);
    ~TerminalProgress();

    void show(const QString& line);
    // "1:23 left", from the work done so far and the time it took; empty until there is a basis for it.
    QString eta(qint64 done, qint64 total) const;
    void finish();

private:
    bool m_enabled;
    bool m_dirty = false;
    int m_width = 80;
    QElapsedTimer m_clock;
};

} // namespace soundalike::cli
