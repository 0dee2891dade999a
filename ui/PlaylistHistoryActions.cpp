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
    // A list without a name (made by hand, or cleared) is named by where it stands.
    const QString back = m_history.canGoBack() ? m_history.backTitle() : QString();
    m_back->setEnabled(m_history.canGoBack());
    m_back->setText(back.isEmpty() ? tr("&Back to the Previous Playlist")
                                   : nestQuotes(tr("&Back to “%1”").arg(menuText(back))));
    const QString forward = m_history.canGoForward() ? m_history.forwardTitle() : QString();
    m_forward->setEnabled(m_history.canGoForward());
    m_forward->setText(forward.isEmpty() ? tr("&Forward to the Next Playlist")
                                         : nestQuotes(tr("&Forward to “%1”").arg(menuText(forward))));
}

} // namespace soundalike
