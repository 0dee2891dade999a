#include "ui/PlaybackMenu.h"

#include "ui/PlayOrderIcons.h"
#include "ui/SleepTimerMenu.h"

#include "core/playback/Player.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QMenu>

namespace soundalike {

PlaybackMenu::PlaybackMenu(Player& player, Selection selection, QMenu* menu)
    : QObject(menu), m_player(player), m_selection(std::move(selection))
{
    QCoreApplication::instance()->installEventFilter(this);
    addTransport(menu);
    menu->addSeparator();
    addModes(menu);
    menu->addSeparator();
    addQueue(menu);
}

bool PlaybackMenu::eventFilter(QObject* watched, QEvent* event)
{
    // Accepting the override hands the key to the focused widget instead of the shortcut: a button reached by
    // Tab is pressed with Space, as everywhere else, and a drop-down opens.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier &&
            (qobject_cast<QAbstractButton*>(watched) || qobject_cast<QComboBox*>(watched)))
            event->accept();
    }
    return QObject::eventFilter(watched, event);
}

void PlaybackMenu::addTransport(QMenu* menu)
{
    // Space and the arrows are the window's; a text box, button or drop-down that has the focus takes its own
    // keys first.
    menu->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Play / Pause"),
                    QKeySequence(Qt::Key_Space), &m_player, &Player::togglePlay);
    menu->addAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("&Stop"),
                    QKeySequence(Qt::CTRL | Qt::Key_Period), &m_player, &Player::stop);
    addStopAfterCurrent(menu);
    m_sleepTimer = new SleepTimerMenu(m_player, menu);
    connect(m_sleepTimer, &SleepTimerMenu::message, this, &PlaybackMenu::message);
    QAction* next = menu->addAction(QIcon::fromTheme(QStringLiteral("media-skip-forward")), tr("&Next"),
                                    QKeySequence(Qt::CTRL | Qt::Key_Right), &m_player, &Player::next);
    // Greyed at the last song with nothing to follow, as the Next button and MPRIS's CanGoNext are.
    next->setEnabled(m_player.hasNext());
    connect(&m_player, &Player::hasNextChanged, next, &QAction::setEnabled);
    menu->addAction(QIcon::fromTheme(QStringLiteral("media-skip-backward")), tr("P&revious"),
                    QKeySequence(Qt::CTRL | Qt::Key_Left), &m_player, &Player::previous);
    menu->addAction(QIcon::fromTheme(QStringLiteral("media-seek-forward")), tr("Forward 5 Seconds"),
                    QKeySequence(Qt::SHIFT | Qt::Key_Right), &m_player,
                    [this] { m_player.seekBy(kSeekStepMs); });
    menu->addAction(QIcon::fromTheme(QStringLiteral("media-seek-backward")), tr("Back 5 Seconds"),
                    QKeySequence(Qt::SHIFT | Qt::Key_Left), &m_player,
                    [this] { m_player.seekBy(-kSeekStepMs); });
    menu->addAction(QIcon::fromTheme(QStringLiteral("audio-volume-high")), tr("Volume &Up"),
                    QKeySequence(Qt::CTRL | Qt::Key_Up), &m_player,
                    [this] { m_player.setVolume(m_player.volume() + kVolumeStep); });
    menu->addAction(QIcon::fromTheme(QStringLiteral("audio-volume-low")), tr("Volume &Down"),
                    QKeySequence(Qt::CTRL | Qt::Key_Down), &m_player,
                    [this] { m_player.setVolume(m_player.volume() - kVolumeStep); });
    QAction* mute = menu->addAction(QIcon::fromTheme(QStringLiteral("audio-volume-muted")), tr("&Mute"),
                                    QKeySequence(Qt::CTRL | Qt::Key_M), &m_player, &Player::setMuted);
    mute->setCheckable(true);
    mute->setChecked(m_player.isMuted());
    connect(&m_player, &Player::mutedChanged, mute, &QAction::setChecked);
}

void PlaybackMenu::addStopAfterCurrent(QMenu* menu)
{
    m_stopAfterCurrent =
        menu->addAction(tr("Stop &After This Song"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    m_stopAfterCurrent->setObjectName(QStringLiteral("stopAfterCurrent"));
    m_stopAfterCurrent->setCheckable(true);
    m_stopAfterCurrent->setEnabled(m_player.track().has_value());
    connect(&m_player, &Player::trackChanged, m_stopAfterCurrent,
            [this] { m_stopAfterCurrent->setEnabled(m_player.track().has_value()); });
    connect(&m_player, &Player::stopAfterCurrentChanged, m_stopAfterCurrent, &QAction::setChecked);
    // A key press shows nothing in the window by itself, so the status bar says what it did.
    connect(m_stopAfterCurrent, &QAction::triggered, this, [this](bool on) {
        m_player.setStopAfterCurrent(on);
        m_stopAfterCurrent->setChecked(m_player.stopsAfterCurrent());
        if (!m_player.track())
            return;
        const QString title = m_player.track()->title;
        emit message(m_player.stopsAfterCurrent() ? tr("Playback stops after “%1”.").arg(title)
                                                  : tr("Playback goes on after “%1”.").arg(title));
    });
}

void PlaybackMenu::addModes(QMenu* menu)
{
    m_shuffle = menu->addAction(PlayOrderIcons::shuffle(), tr("S&huffle"), QKeySequence(Qt::CTRL | Qt::Key_H),
                                &m_player, &Player::setShuffle);
    m_shuffle->setCheckable(true);
    m_shuffle->setChecked(m_player.shuffle());
    connect(&m_player, &Player::shuffleChanged, m_shuffle, &QAction::setChecked);

    QMenu* repeat = menu->addMenu(PlayOrderIcons::repeat(false), tr("R&epeat"));
    m_repeat = new QActionGroup(this);
    const std::pair<PlayOrder::Repeat, QString> modes[] = {
        {PlayOrder::Repeat::Off, tr("&Off")},
        {PlayOrder::Repeat::All, tr("The Whole &Playlist")},
        {PlayOrder::Repeat::One, tr("This &Song")},
    };
    for (const auto& [mode, text] : modes) {
        QAction* action =
            repeat->addAction(text, &m_player, [this, mode = mode] { m_player.setRepeat(mode); });
        action->setCheckable(true);
        action->setChecked(m_player.repeat() == mode);
        action->setData(int(mode));
        m_repeat->addAction(action);
    }
    connect(&m_player, &Player::repeatChanged, this,
            [this](PlayOrder::Repeat mode) { repeatAction(int(mode))->setChecked(true); });
    menu->addAction(tr("Next Repeat Mode"), QKeySequence(Qt::CTRL | Qt::Key_R), &m_player,
                    &Player::cycleRepeat);
}

void PlaybackMenu::addQueue(QMenu* menu)
{
    menu->addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Play Ne&xt"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &m_player,
                    [this] { m_player.playNext(m_selection()); });
    menu->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add to &Queue"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &m_player,
                    [this] { m_player.enqueue(m_selection()); });
    menu->addAction(QIcon::fromTheme(QStringLiteral("edit-clear-all")), tr("&Clear Queue"), &m_player,
                    [this] { m_player.queue().setEntries({}); });
}

QAction* PlaybackMenu::repeatAction(int repeat) const
{
    for (QAction* action : m_repeat->actions()) {
        if (action->data().toInt() == repeat)
            return action;
    }
    return nullptr;
}

} // namespace soundalike
