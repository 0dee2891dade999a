#include "ui/LyricsView.h"

#include "core/playback/Player.h"
#include "core/service/SongLyrics.h"
#include "ui/ArtistText.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace soundalike {

namespace {

constexpr int kLineRole = Qt::UserRole;

} // namespace

LyricsView::LyricsView(Player& player, QWidget* parent) : QWidget(parent), m_player(player)
{
    setObjectName(QStringLiteral("lyricsView"));
    // One thread: one file at a time, and a second reader would only compete with a running scan.
    m_pool.setMaxThreadCount(1);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lyricsTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("lyricsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_lines = new QListWidget(this);
    m_lines->setObjectName(QStringLiteral("lyricsLines"));
    m_lines->setFrameShape(QFrame::NoFrame);
    m_lines->setWordWrap(true);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_lines->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_lines->setSpacing(2); // lyrics are read along with the song: room between lines, as in a songbook
    connect(m_lines, &QListWidget::itemClicked, this, &LyricsView::seekTo);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_lines, 1);

    connect(&m_player, &Player::trackChanged, this, &LyricsView::read);
    connect(&m_player, &Player::positionChanged, this, &LyricsView::follow);
    read();
}

LyricsView::~LyricsView()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void LyricsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    read();
}

void LyricsView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        showTitle();
        if (m_lyrics.isEmpty() && !m_placeholder->text().isEmpty())
            showPlaceholder();
    }
}

void LyricsView::read()
{
    const quint64 request = ++m_request;
    const std::optional<Track>& track = m_player.track();
    if (!track) {
        display(request, {});
        return;
    }
    showTitle();
    if (track->path != m_shownPath)
        clear(); // the last song's words must not show under this one's title, not even while reading
    if (!isVisible())
        return; // read when shown: a hidden tab does not open every song's file
    m_pool.start([this, request, path = track->path] {
        Lyrics lyrics = SongLyrics::of(path);
        QMetaObject::invokeMethod(
            this,
            [this, request, lyrics = std::move(lyrics)]() mutable { display(request, std::move(lyrics)); },
            Qt::QueuedConnection);
    });
}

void LyricsView::display(quint64 request, Lyrics lyrics)
{
    if (request != m_request)
        return; // the song changed while its lyrics were read
    const std::optional<Track>& track = m_player.track();
    showTitle();
    clear();
    m_lyrics = std::move(lyrics);
    m_shownPath = track ? track->path : FilePath();
    for (const Lyrics::Line& line : m_lyrics.lines) {
        auto* item = new QListWidgetItem(line.text, m_lines);
        item->setTextAlignment(Qt::AlignCenter);
        item->setData(kLineRole, line.ms);
        if (m_lyrics.synced)
            item->setToolTip(tr("Click to play from this line"));
    }
    m_lines->setCursor(m_lyrics.synced ? Qt::PointingHandCursor : Qt::ArrowCursor);
    m_lines->setVisible(!m_lyrics.isEmpty());
    m_placeholder->setVisible(m_lyrics.isEmpty());
    showPlaceholder();
    if (m_lyrics.synced)
        follow(m_player.position());
    else
        m_lines->scrollToTop();
    emit lyricsShown();
}

void LyricsView::showTitle()
{
    const std::optional<Track>& track = m_player.track();
    m_title->setText(track ? tr("%1 — %2").arg(track->title, artistText(track->artist)) : QString());
    m_title->setVisible(track.has_value());
}

void LyricsView::clear()
{
    m_lyrics = {};
    m_current = -1;
    m_shownPath.clear();
    m_lines->clear();
    m_lines->hide();
    m_placeholder->clear();
}

void LyricsView::showPlaceholder()
{
    const std::optional<Track>& track = m_player.track();
    m_placeholder->setText(track ? tr("No lyrics for “%1”.\n\nSoundalike shows the lyrics saved in a song's "
                                      "tags, or in a .lrc file "
                                      "of the same name beside it (synced lyrics follow the song).")
                                       .arg(track->title)
                                 : tr("The words of the song playing show here."));
}

void LyricsView::follow(qint64 positionMs)
{
    const int line = m_lyrics.lineAt(positionMs);
    if (line == m_current)
        return;
    setEmphasis(m_current, false);
    setEmphasis(line, true);
    m_current = line;
    if (QListWidgetItem* item = m_lines->item(line))
        m_lines->scrollToItem(item, QAbstractItemView::PositionAtCenter);
}

void LyricsView::setEmphasis(int line, bool on)
{
    QListWidgetItem* item = m_lines->item(line);
    if (!item)
        return;
    QFont font = m_lines->font();
    font.setBold(on);
    item->setFont(font);
    item->setForeground(on ? palette().brush(QPalette::Highlight) : palette().brush(QPalette::Text));
}

void LyricsView::seekTo(QListWidgetItem* item)
{
    const qint64 ms = item->data(kLineRole).toLongLong();
    if (m_lyrics.synced && ms >= 0)
        m_player.seek(ms);
}

} // namespace soundalike
