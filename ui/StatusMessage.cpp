#include "ui/StatusMessage.h"

#include "core/common/NestedQuotes.h"

#include <QEvent>
#include <QStatusBar>

#include <algorithm>

namespace soundalike {

namespace {

// Long enough to read: a short message 8 s, a long one (a list of files that could not be opened) a further
// 60 ms a character, at most 30 s; and it stays while the pointer rests on it, where its tooltip shows it
// whole.
constexpr int kMessageMs = 8000;
constexpr int kMsPerCharacter = 60;
constexpr int kLongestMs = 30000;
// Between the message and the corner widgets, and at the bar's edges.
constexpr int kMargin = 12;
// Narrower than this, the message is cut to it anyway: a word or two still tell what happened.
constexpr int kLeastRoom = 100;

} // namespace

StatusMessage::StatusMessage(QStatusBar& bar) : QObject(&bar), m_bar(bar)
{
    m_bar.installEventFilter(this);
    // Any message, ours or one another part put there, is whole on hover while it shows.
    connect(&m_bar, &QStatusBar::messageChanged, &m_bar, &QWidget::setToolTip);
}

void StatusMessage::addCorner(QWidget* corner)
{
    m_corners.push_back(corner);
    corner->installEventFilter(this);
}

void StatusMessage::show(const QString& text)
{
    m_text = nestQuotes(text);
    m_log.add(m_text);
    const int milliseconds = readingTime(text);
    m_until = QDeadlineTimer(milliseconds);
    fit(milliseconds);
}

void StatusMessage::showIfFree(const QString& text)
{
    if (m_bar.currentMessage().isEmpty())
        show(text);
}

void StatusMessage::fit(int milliseconds)
{
    int room = m_bar.width() - 2 * kMargin;
    for (const QWidget* corner : m_corners) {
        if (corner->isVisible())
            room -= corner->width() + kMargin;
    }
    m_shown = m_bar.fontMetrics().elidedText(m_text, Qt::ElideRight, std::max(room, kLeastRoom));
    m_bar.showMessage(m_shown, milliseconds);
    m_bar.setToolTip(m_text);
}

bool StatusMessage::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (watched == &m_bar && type == QEvent::MouseButtonDblClick)
        emit logRequested();
    if (watched == &m_bar && type == QEvent::Enter && showing())
        holdWhileHovered();
    else if (watched == &m_bar && type == QEvent::Leave && showing())
        releaseAfterHover();
    const bool roomChanges = type == QEvent::Resize || type == QEvent::Show || type == QEvent::Hide;
    // Only while our message is the one showing: another may have replaced it, or its time run out.
    if (roomChanges && showing())
        fit(int(std::max<qint64>(1, m_until.remainingTime())));
    return QObject::eventFilter(watched, event);
}

int StatusMessage::readingTime(const QString& text)
{
    return int(std::min<qsizetype>(kLongestMs, kMessageMs + kMsPerCharacter * text.size()));
}

bool StatusMessage::showing() const
{
    return !m_shown.isEmpty() && m_bar.currentMessage() == m_shown && !m_until.hasExpired();
}

// Shown for good while hovered, then for a short message's time after the pointer leaves.
void StatusMessage::holdWhileHovered()
{
    m_until = QDeadlineTimer(QDeadlineTimer::Forever);
    fit(0);
}

void StatusMessage::releaseAfterHover()
{
    m_until = QDeadlineTimer(kMessageMs);
    fit(kMessageMs);
}

} // namespace soundalike
