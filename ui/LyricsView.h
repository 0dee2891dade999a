#pragma once

#include "core/common/FilePath.h"
#include "core/common/Lyrics.h"

#include <QThreadPool>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace soundalike {

class Player;

// The Lyrics tab: the words of the song playing, read from its tags or a .lrc file beside it on a worker
// thread while the tab shows. Synced lyrics follow the song: the line being sung stands out and stays in the
// middle, and a click on a line goes to where it is sung (as fooyin and Plexamp do). Plain lyrics are shown
// as text. A song without lyrics says where they would be found. Read again when the tab is shown, so a .lrc
// saved while the song plays appears.
class LyricsView : public QWidget
{
    Q_OBJECT

public:
    explicit LyricsView(Player& player, QWidget* parent = nullptr);
    ~LyricsView() override;

    const Lyrics& lyrics() const { return m_lyrics; }
    // The line standing out, -1 when none does.
    int currentLine() const { return m_current; }
    // Waits for the read started last (tests).
    void waitForRead() { m_pool.waitForDone(); }

signals:
    // New lyrics (or none) are showing.
    void lyricsShown();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void read();
    void display(quint64 request, Lyrics lyrics);
    void showTitle();
    void clear();
    void showPlaceholder();
    void follow(qint64 positionMs);
    void setEmphasis(int line, bool on);
    void seekTo(QListWidgetItem* item);

    Player& m_player;
    QThreadPool m_pool;
    QLabel* m_title = nullptr;
    QLabel* m_placeholder = nullptr;
    QListWidget* m_lines = nullptr;
    Lyrics m_lyrics;
    FilePath m_shownPath;  // the song whose lyrics (or their absence) show
    quint64 m_request = 0; // the read whose answer is awaited; older answers are dropped
    int m_current = -1;
};

} // namespace soundalike
