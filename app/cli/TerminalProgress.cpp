#include "app/cli/TerminalProgress.h"

#include "app/cli/TerminalOutput.h"

#include <QTextStream>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace soundalike::cli {

TerminalProgress::TerminalProgress(bool wanted) : m_enabled(wanted && ::isatty(STDERR_FILENO))
{
    winsize size{};
    if (m_enabled && ::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        m_width = size.ws_col;
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::show(const QString& line)
{
    if (!m_enabled)
        return;
    QString text = line.left(m_width - 1);
    text = text.leftJustified(m_width - 1);
    TerminalOutput err(stderr);
    QTextStream(&err) << '\r' << text << Qt::flush;
    m_dirty = true;
}

void TerminalProgress::finish()
{
    if (m_enabled && m_dirty)
        QTextStream(stderr) << '\r' << QString(m_width - 1, QLatin1Char(' ')) << '\r' << Qt::flush;
    m_dirty = false;
}

} // namespace soundalike::cli
