#include "ui/RadioControls.h"

#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/Application.h"
#include "core/service/LoudnessLevels.h"
#include "core/service/PlayStatistics.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/Settings.h"
#include "core/service/radio/ListeningLog.h"
#include "core/service/radio/RadioSession.h"
#include "ui/PlaylistView.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QToolButton>
#include <QTreeView>

namespace soundalike {

RadioControls::RadioControls(Application& application, Playlist& playlist, Player& player,
                             PlaylistView& playlistView, QWidget* window)
    : QObject(window), m_application(application), m_playlist(playlist), m_player(player),
      m_playlistView(playlistView), m_log(std::make_unique<ListeningLog>(application.databasePath())),
      m_session(std::make_unique<RadioSession>(application.databasePath(), playlist)),
      m_radioAction(new QAction(tr("&Keep Playing Similar Songs"), window)),
      m_switch(new QToolButton(window)), m_moreLike(new QAction(tr("More &Like This"), window))
{
    m_radioAction->setObjectName(QStringLiteral("radioAction"));
    m_radioAction->setCheckable(true);
    m_radioAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_radioAction->setIcon(QIcon::fromTheme(QStringLiteral("media-playlist-append"),
                                            QIcon::fromTheme(QStringLiteral("list-add"))));
    m_radioAction->setIconText(tr("Radio"));
    // As a paragraph, which Qt wraps: as plain text it ran across the whole screen in one line.
    m_radioAction->setToolTip(
        QStringLiteral("<p>%1</p>")
            .arg(tr("Keep playing similar songs (%1): when the playlist nears its end, add more songs like "
                    "the "
                    "seeds and like what you listen to. Skipping a song early means fewer like it.")
                     .arg(m_radioAction->shortcut().toString(QKeySequence::NativeText))
                     .toHtmlEscaped()));
    m_switch->setObjectName(QStringLiteral("radioSwitch"));
    m_switch->setDefaultAction(m_radioAction);
    m_switch->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreLike->setObjectName(QStringLiteral("moreLikeThis"));
    m_moreLike->setIcon(QIcon::fromTheme(QStringLiteral("emblem-favorite")));
    m_moreLike->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_moreLike->setToolTip(tr("Play more songs like this one"));
    window->addAction(m_moreLike);
    window->addAction(m_radioAction);
    m_playlistView.addContextAction(m_moreLike);

    connect(m_radioAction, &QAction::toggled, this, &RadioControls::setRadio);
    connect(m_moreLike, &QAction::triggered, this, [this] { m_session->moreLike(moreLikeTargets()); });
    connect(m_session.get(), &RadioSession::message, this, &RadioControls::message);
    connect(m_log.get(), &ListeningLog::failed, this, &RadioControls::message);

    connect(&player, &Player::listened, m_log.get(), &ListeningLog::record);
    connect(m_log.get(), &ListeningLog::recorded, &application.plays(), &PlayStatistics::count);
    connect(&player, &Player::listened, m_session.get(), &RadioSession::onListened);
    // The radio continues a generated playlist from the seeds it was made from (not the seed list, which may
    // have changed since), once the window has put it in place (queued: whichever order the window's own
    // handler was connected in).
    connect(
        &application.playlists(), &PlaylistBuilder::finished, this,
        [this](const PlaylistResult& result) {
            m_session->setOptions(m_application.settings().generateOptions());
            if (result.error.isEmpty())
                m_session->start(result.request.seeds);
        },
        Qt::QueuedConnection);

    LoudnessLevels& loudness = application.loudness();
    player.setGainLookup([&loudness](const Track& track) { return loudness.gainDb(track); });
    connect(&loudness, &LoudnessLevels::enabledChanged, &player, &Player::refreshGain);

    connect(&application, &Application::settingsApplied, this, &RadioControls::applySettings);
    applySettings();
    setRadio(application.settings().radio());
}

RadioControls::~RadioControls() = default;

void RadioControls::applySettings()
{
    m_session->setOptions(m_application.settings().generateOptions());
    m_session->setAvoidHours(m_application.settings().radioAvoidHours());
}

void RadioControls::setRadio(bool on)
{
    const QSignalBlocker actionQuiet(m_radioAction);
    m_radioAction->setChecked(on);
    if (on == m_session->isEnabled())
        return;
    m_application.settings().setRadio(on);
    m_session->setEnabled(on);
}

std::vector<std::int64_t> RadioControls::moreLikeTargets() const
{
    std::vector<std::int64_t> ids;
    QTreeView* view = m_playlistView.view();
    if (view->hasFocus()) {
        for (const QModelIndex& index : view->selectionModel()->selectedRows())
            ids.push_back(m_playlist.at(index.row()).track.id);
    }
    if (ids.empty() && m_player.track())
        ids.push_back(m_player.track()->id);
    return ids;
}

} // namespace soundalike
