#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace soundalike {

class CoverLabel;
class CoverProvider;
class Player;

// The bar along the bottom: what is playing (cover, title, artist), previous / play-pause / next, a seek
// slider with elapsed and total time, and the volume.
class PlayerBar : public QWidget
{
    Q_OBJECT

public:
    PlayerBar(Player& player, CoverProvider& covers, QWidget* parent = nullptr);

    QToolButton* playButton() const { return m_play; }
    QSlider* seekSlider() const { return m_seek; }
    QSlider* volumeSlider() const { return m_volume; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* elapsedLabel() const { return m_elapsed; }

private:
    QToolButton* button(const QString& icon, int fallback, const QString& tip);
    QWidget* buildNowPlaying(CoverProvider& covers);
    void showTrack();
    void showPlaying(bool playing);
    void showPosition(qint64 position);
    void showDuration(qint64 duration);

    Player& m_player;
    CoverLabel* m_cover = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_artist = nullptr;
    QToolButton* m_previous;
    QToolButton* m_play;
    QToolButton* m_next;
    QLabel* m_elapsed;
    QSlider* m_seek;
    QLabel* m_total;
    QSlider* m_volume;
};

} // namespace soundalike
