#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace soundalike {

class CoverLabel;
class ElidedLabel;
class CoverProvider;
class Player;
class SeekSlider;

// The bar along the bottom: what is playing (cover, title, artist), previous / play-pause / stop / next,
// shuffle and repeat, a seek bar (a click jumps there) with elapsed and total time, mute and the volume.
class PlayerBar : public QWidget
{
    Q_OBJECT

public:
    PlayerBar(Player& player, CoverProvider& covers, QWidget* parent = nullptr);

    SeekSlider* seekSlider() const { return m_seek; }
    QToolButton* stopButton() const { return m_stop; }
    QToolButton* nextButton() const { return m_next; }
    QToolButton* shuffleButton() const { return m_shuffle; }
    QToolButton* repeatButton() const { return m_repeat; }
    QToolButton* muteButton() const { return m_mute; }
    QSlider* volumeSlider() const { return m_volume; }
    QLabel* titleLabel() const;
    QLabel* elapsedLabel() const { return m_elapsed; }

    // A switch of how playing goes on (the radio's), placed after shuffle and repeat and styled like them.
    void addModeButton(QToolButton* button);

private:
    QToolButton* button(const QString& icon, int fallback, const QString& tip);
    QToolButton* button(const QIcon& icon, const QString& tip);
    QWidget* buildNowPlaying(CoverProvider& covers);
    // What the now-playing box says while nothing plays.
    static QString idleTitle();
    static QString idleHint();
    void showTrack();
    void showPlaying(bool playing);
    void showPosition(qint64 position);
    void showDuration(qint64 duration);
    void showRepeat();
    void showShuffle(bool on);
    void showStopAfterCurrent(bool on);
    void showMuted(bool muted);

    Player& m_player;
    CoverLabel* m_cover = nullptr;
    ElidedLabel* m_title = nullptr;
    ElidedLabel* m_artist = nullptr;
    QToolButton* m_previous;
    QToolButton* m_play;
    QToolButton* m_stop;
    QToolButton* m_next;
    QToolButton* m_shuffle;
    QToolButton* m_repeat;
    QLabel* m_elapsed;
    SeekSlider* m_seek;
    QLabel* m_total;
    QToolButton* m_mute;
    QSlider* m_volume;
};

} // namespace soundalike
