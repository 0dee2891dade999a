#include "ui/PlayerBar.h"

#include "core/playback/Player.h"
#include "ui/ArtistText.h"
#include "ui/CoverLabel.h"
#include "ui/TimeText.h"

#include <QBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

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
      m_next(button(QStringLiteral("media-skip-forward"), QStyle::SP_MediaSkipForward, tr("Next"))),
      m_elapsed(new QLabel(this)), m_seek(new QSlider(Qt::Horizontal, this)), m_total(new QLabel(this)),
      m_volume(new QSlider(Qt::Horizontal, this))
{
    m_play->setObjectName(QStringLiteral("playPause"));
    m_play->setIconSize(QSize(kButtonIcon + 8, kButtonIcon + 8));
    connect(m_previous, &QToolButton::clicked, &m_player, &Player::previous);
    connect(m_play, &QToolButton::clicked, &m_player, &Player::togglePlay);
    connect(m_next, &QToolButton::clicked, &m_player, &Player::next);

    m_seek->setObjectName(QStringLiteral("seek"));
    m_seek->setRange(0, 0);
    m_seek->setSingleStep(5000);
    m_seek->setPageStep(30000);
    // Dragging only previews; the seek happens on release, so the audio does not stutter along.
    connect(m_seek, &QSlider::sliderMoved, this, [this](int value) { m_elapsed->setText(timeText(value)); });
    connect(m_seek, &QSlider::sliderReleased, this, [this] { m_player.seek(m_seek->value()); });
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            m_player.seek(m_seek->sliderPosition());
    });
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
    auto* speaker = new QLabel(this);
    speaker->setPixmap(
        QIcon::fromTheme(QStringLiteral("audio-volume-high"), style()->standardIcon(QStyle::SP_MediaVolume))
            .pixmap(16, 16));

    connect(&m_player, &Player::trackChanged, this, &PlayerBar::showTrack);
    connect(&m_player, &Player::playingChanged, this, &PlayerBar::showPlaying);
    connect(&m_player, &Player::positionChanged, this, &PlayerBar::showPosition);
    connect(&m_player, &Player::durationChanged, this, &PlayerBar::showDuration);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(buildNowPlaying(covers));
    layout->addSpacing(12);
    layout->addWidget(m_previous);
    layout->addWidget(m_play);
    layout->addWidget(m_next);
    layout->addSpacing(12);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_seek, 1);
    layout->addWidget(m_total);
    layout->addSpacing(12);
    layout->addWidget(speaker);
    layout->addWidget(m_volume);
    showTrack();
    showPlaying(false);
    showPosition(0);
    showDuration(0);
}

QToolButton* PlayerBar::button(const QString& icon, int fallback, const QString& tip)
{
    auto* b = new QToolButton(this);
    b->setIcon(QIcon::fromTheme(icon, style()->standardIcon(QStyle::StandardPixmap(fallback))));
    b->setIconSize(QSize(kButtonIcon, kButtonIcon));
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

QWidget* PlayerBar::buildNowPlaying(CoverProvider& covers)
{
    auto* box = new QWidget(this);
    box->setFixedWidth(kNowPlayingWidth);
    m_cover = new CoverLabel(covers, kCoverEdge, box);
    m_cover->setObjectName(QStringLiteral("nowPlayingCover"));
    m_title = new QLabel(box);
    m_title->setObjectName(QStringLiteral("nowPlayingTitle"));
    m_artist = new QLabel(box);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_artist->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {m_title, m_artist}) {
        label->setTextFormat(Qt::PlainText);
        label->setMinimumWidth(1);
    }
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
    return box;
}

void PlayerBar::showTrack()
{
    const std::optional<Track>& track = m_player.track();
    m_cover->setTrack(track);
    const int width = kNowPlayingWidth - kCoverEdge - 12;
    const QString title = track ? track->title : tr("Nothing playing");
    const QString artist = track ? artistText(track->artist) : tr("Generate a playlist to start");
    m_title->setText(m_title->fontMetrics().elidedText(title, Qt::ElideRight, width));
    m_artist->setText(m_artist->fontMetrics().elidedText(artist, Qt::ElideRight, width));
    m_title->setToolTip(
        track ? QStringLiteral("%1 — %2\n%3").arg(artistText(track->artist), track->title, track->album)
              : QString());
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
    m_elapsed->setText(timeText(position));
}

void PlayerBar::showDuration(qint64 duration)
{
    m_seek->setRange(0, int(std::max<qint64>(0, duration)));
    m_total->setText(timeText(duration));
}

} // namespace soundalike
