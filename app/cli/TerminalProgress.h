#pragma once

#include <QString>

namespace soundalike::cli {

// A single self-overwriting status line on stderr, shown only when stderr is a terminal.
class TerminalProgress
{
public:
    explicit TerminalProgress(bool wanted);
    ~TerminalProgress();

    void show(const QString& line);
    void finish();

private:
    bool m_enabled;
    bool m_dirty = false;
    int m_width = 80;
};

} // namespace soundalike::cli
