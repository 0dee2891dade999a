#include "ui/PlaylistHistoryActions.h"

#include "core/common/NestedQuotes.h"
#include "core/playback/PlaylistHistory.h"

#include <QIcon>
#include <QMenu>

namespace soundalike {

namespace {

// A name inside a menu entry's text: its "&" is a character, not the mark of the entry's key.
QString menuText(QString name)
{
    return name.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

PlaylistHistoryActions::PlaylistHistoryActions(PlaylistHistory& history, QMenu& menu, QObject* parent)
    : QObject(parent), m_history(history),
      m_back(menu.addAction(QIcon::fromTheme(QStringLiteral("go-previous")), QString(),
                            QKeySequence(Qt::ALT | Qt::Key_Left), &history, &PlaylistHistory::back)),
      m_forward(menu.addAction(QIcon::fromTheme(QStringLiteral("go-next")), QString(),
                               QKeySequence(Qt::ALT | Qt::Key_Right), &history, &PlaylistHistory::forward))
{
    m_back->setObjectName(QStringLiteral("historyBack"));
    m_forward->setObjectName(QStringLiteral("historyForward"));
    connect(&history, &PlaylistHistory::changed, this, &PlaylistHistoryActions::update);
    update();
}

void PlaylistHistoryActions::update()
{
    m_back->setEnabled(m_history.canGoBack());
    m_back->setText(m_history.canGoBack()
                        ? nestQuotes(tr("&Back to “%1”").arg(menuText(m_history.backTitle())))
                        : tr("&Back to the Previous Playlist"));
    m_forward->setEnabled(m_history.canGoForward());
    m_forward->setText(m_history.canGoForward()
                           ? nestQuotes(tr("&Forward to “%1”").arg(menuText(m_history.forwardTitle())))
                           : tr("&Forward to the Next Playlist"));
}

} // namespace soundalike
