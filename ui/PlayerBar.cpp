#include "ui/PlayerBar.h"
#include "ui/PlayOrderIcons.h"

#include "core/common/DurationText.h"
#include "core/playback/Player.h"
#include "ui/ArtistText.h"
#include "ui/CoverLabel.h"
#include "ui/ElidedLabel.h"
#include "ui/SeekSlider.h"

#include <QBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace soundalike {

namespace {

constexpr int kCoverEdge = 56;
constexpr int kButtonIcon = 22;
constexpr int kNowPlayingWidth = 260;

} // namespace

PlayerBar::PlayerBar(Player& player, CoverProvider& covers, QWidget* parent)
    : QWidget(parent), m_player(player),
      m_previous(button(QStringLiteral("media-skip-backward"), QStyle::SP_MediaSkipBackward, tr("Previous"))),
      m_play(button(QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay, tr("Play (Space)"))),
      m_stop(button(QStringLiteral("media-playback-stop"), QStyle::SP_MediaStop, tr("Stop"))),
      m_next(button(QStringLiteral("media-skip-forward"), QStyle::SP_MediaSkipForward, tr("Next"))),
      m_shuffle(button(PlayOrderIcons::shuffle(), tr("Shuffle"))),
      m_repeat(button(PlayOrderIcons::repeat(false), tr("Repeat"))), m_elapsed(new QLabel(this)),
      m_seek(new SeekSlider(this)), m_total(new QLabel(this)),
      m_mute(button(QStringLiteral("audio-volume-high"), QStyle::SP_MediaVolume, tr("Mute"))),
      m_volume(new JumpSlider(this))
{
    m_stop->setObjectName(QStringLiteral("stop"));
    m_shuffle->setObjectName(QStringLiteral("shuffle"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_mute->setObjectName(QStringLiteral("mute"));
    for (QToolButton* toggle : {m_shuffle, m_repeat, m_mute})
        toggle->setCheckable(true);
    // Pressed in while the playing song is the last before a stop (Stop After This Song), which a status
    // note said only for a few seconds; a click still stops at once.
    m_stop->setCheckable(true);
    connect(m_stop, &QToolButton::clicked, this, [this] {
        m_player.stop();
        showStopAfterCurrent(m_player.stopsAfterCurrent());
    });
    connect(&m_player, &Player::stopAfterCurrentChanged, this, &PlayerBar::showStopAfterCurrent);
    connect(m_shuffle, &QToolButton::toggled, &m_player, &Player::setShuffle);
    connect(&m_player, &Player::shuffleChanged, this, &PlayerBar::showShuffle);
    connect(m_repeat, &QToolButton::clicked, &m_player, &Player::cycleRepeat);
    connect(&m_player, &Player::repeatChanged, this, &PlayerBar::showRepeat);
    connect(m_mute, &QToolButton::toggled, &m_player, &Player::setMuted);
    connect(&m_player, &Player::mutedChanged, this, &PlayerBar::showMuted);
    m_play->setObjectName(QStringLiteral("playPause"));
    m_play->setIconSize(QSize(kButtonIcon + 8, kButtonIcon + 8));
    connect(m_previous, &QToolButton::clicked, &m_player, &Player::previous);
    connect(m_play, &QToolButton::clicked, &m_player, &Player::togglePlay);
    connect(m_next, &QToolButton::clicked, &m_player, &Player::next);
    m_next->setEnabled(m_player.hasNext());
    connect(&m_player, &Player::hasNextChanged, m_next, &QWidget::setEnabled);

    m_seek->setObjectName(QStringLiteral("seek"));
    m_seek->setRange(0, 0);
    m_seek->setSingleStep(5000);
    m_seek->setPageStep(30000);
    // Dragging only previews; the seek happens on release, so the audio does not stutter along.
    connect(m_seek, &QSlider::sliderMoved, this,
            [this](int value) { m_elapsed->setText(positionText(value)); });
    connect(m_seek, &SeekSlider::seekRequested, &m_player, [this](int position) { m_player.seek(position); });
    for (QLabel* label : {m_elapsed, m_total}) {
        label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")));
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_volume->setObjectName(QStringLiteral("volume"));
    m_volume->setRange(0, 100);
    m_volume->setFixedWidth(110);
    m_volume->setToolTip(tr("Volume"));
    m_volume->setValue(qRound(m_player.volume() * 100));
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) { m_player.setVolume(value / 100.0); });
    connect(&m_player, &Player::volumeChanged, this, [this](double volume) {
        const QSignalBlocker block(m_volume);
        m_volume->setValue(qRound(volume * 100));
    });

    connect(&m_player, &Player::trackChanged, this, &PlayerBar::showTrack);
    connect(&m_player, &Player::playingChanged, this, &PlayerBar::showPlaying);
    connect(&m_player, &Player::positionChanged, this, &PlayerBar::showPosition);
    connect(&m_player, &Player::durationChanged, this, &PlayerBar::showDuration);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(buildNowPlaying(covers), 1);
    layout->addSpacing(12);
    layout->addWidget(m_previous);
    layout->addWidget(m_play);
    layout->addWidget(m_stop);
    layout->addWidget(m_next);
    layout->addSpacing(6);
    layout->addWidget(m_shuffle);
    layout->addWidget(m_repeat);
    layout->addSpacing(12);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_seek, 2);
    layout->addWidget(m_total);
    layout->addSpacing(12);
    layout->addWidget(m_mute);
    layout->addWidget(m_volume);
    showTrack();
    showPlaying(false);
    showPosition(0);
    showDuration(0);
    showRepeat();
    showMuted(m_player.isMuted());
    showShuffle(m_player.shuffle());
}

void PlayerBar::showStopAfterCurrent(bool on)
{
    m_stop->setChecked(on);
    m_stop->setToolTip(on ? tr("Stop (playback stops after this song)") : tr("Stop"));
}

void PlayerBar::showShuffle(bool on)
{
    const QSignalBlocker block(m_shuffle);
    m_shuffle->setChecked(on);
    m_shuffle->setToolTip(on ? tr("Shuffle: on") : tr("Shuffle: off"));
}

QLabel* PlayerBar::titleLabel() const
{
    return m_title;
}

void PlayerBar::addModeButton(QToolButton* button)
{
    button->setParent(this);
    button->setIconSize(QSize(kButtonIcon, kButtonIcon));
    button->setAutoRaise(true);
    auto* row = static_cast<QHBoxLayout*>(layout());
    row->insertWidget(row->indexOf(m_repeat) + 1, button);
    // Tab reaches it where it stands, after Repeat, not last after the volume.
    setTabOrder(m_repeat, button);
    setTabOrder(button, m_seek);
}

QToolButton* PlayerBar::button(const QString& icon, int fallback, const QString& tip)
{
    return button(QIcon::fromTheme(icon, style()->standardIcon(QStyle::StandardPixmap(fallback))), tip);
}

QToolButton* PlayerBar::button(const QIcon& icon, const QString& tip)
{
    auto* b = new QToolButton(this);
    b->setIcon(icon);
    b->setIconSize(QSize(kButtonIcon, kButtonIcon));
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

QWidget* PlayerBar::buildNowPlaying(CoverProvider& covers)
{
    auto* box = new QWidget(this);
    m_cover = new CoverLabel(covers, kCoverEdge, box);
    m_cover->setObjectName(QStringLiteral("nowPlayingCover"));
    m_title = new ElidedLabel(box);
    m_title->setObjectName(QStringLiteral("nowPlayingTitle"));
    m_artist = new ElidedLabel(box);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_artist->setForegroundRole(QPalette::PlaceholderText);
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addStretch();
    text->addWidget(m_title);
    text->addWidget(m_artist);
    text->addStretch();
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cover);
    layout->addLayout(text, 1);
    // Its width follows the window's, never the song's, so the buttons stay still as songs change (long names
    // are elided); a wide window gives long names room (a fixed 260 px cut them beside empty space). At least
    // the hint shown before anything plays is read whole: "Сгенерируйте плейлист, чтобы начать" did not fit
    // the English width.
    const int idleText = std::max(m_title->fontMetrics().horizontalAdvance(idleTitle()),
                                  m_artist->fontMetrics().horizontalAdvance(idleHint()));
    const int least = std::max(kNowPlayingWidth, kCoverEdge + layout->spacing() + idleText + 1);
    box->setMinimumWidth(least);
    box->setMaximumWidth(2 * least);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return box;
}

QString PlayerBar::idleTitle()
{
    return tr("Nothing playing");
}

QString PlayerBar::idleHint()
{
    return tr("Generate a playlist to start");
}

void PlayerBar::showTrack()
{
    const std::optional<Track>& track = m_player.track();
    m_cover->setTrack(track);
    m_title->setFullText(track ? track->title : idleTitle());
    m_artist->setFullText(track ? artistText(track->artist) : idleHint());
    m_seek->setEnabled(track.has_value());
}

void PlayerBar::showPlaying(bool playing)
{
    m_play->setIcon(playing ? QIcon::fromTheme(QStringLiteral("media-playback-pause"),
                                               style()->standardIcon(QStyle::SP_MediaPause))
                            : QIcon::fromTheme(QStringLiteral("media-playback-start"),
                                               style()->standardIcon(QStyle::SP_MediaPlay)));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void PlayerBar::showPosition(qint64 position)
{
    if (m_seek->isSliderDown())
        return;
    const QSignalBlocker block(m_seek);
    m_seek->setValue(int(position));
    m_elapsed->setText(positionText(position));
}

void PlayerBar::showDuration(qint64 duration)
{
    m_seek->setRange(0, int(std::max<qint64>(0, duration)));
    m_total->setText(durationText(duration));
    // A position shown before the range was known was clamped to 0: show it again.
    showPosition(m_player.position());
}

void PlayerBar::showRepeat()
{
    const PlayOrder::Repeat repeat = m_player.repeat();
    const QSignalBlocker block(m_repeat);
    m_repeat->setChecked(repeat != PlayOrder::Repeat::Off);
    m_repeat->setIcon(PlayOrderIcons::repeat(repeat == PlayOrder::Repeat::One));
    m_repeat->setToolTip(repeat == PlayOrder::Repeat::Off   ? tr("Repeat: off")
                         : repeat == PlayOrder::Repeat::All ? tr("Repeat: the whole playlist")
                                                            : tr("Repeat: this song"));
}

void PlayerBar::showMuted(bool muted)
{
    const QSignalBlocker block(m_mute);
    m_mute->setChecked(muted);
    m_mute->setIcon(QIcon::fromTheme(
        muted ? QStringLiteral("audio-volume-muted") : QStringLiteral("audio-volume-high"),
        style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume)));
    m_mute->setToolTip(muted ? tr("Unmute") : tr("Mute"));
}

} // namespace soundalike
