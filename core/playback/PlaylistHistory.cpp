#include "core/playback/PlaylistHistory.h"

#include "core/playback/Player.h"
#include "core/playback/Playlist.h"

#include <algorithm>
#include <optional>

namespace soundalike {

PlaylistHistory::PlaylistHistory(Playlist& playlist, Player& player, QObject* parent)
    : QObject(parent), m_playlist(playlist), m_player(player)
{}

QString PlaylistHistory::backTitle() const
{
    return m_back.empty() ? QString() : m_back.back().origin.title;
}

QString PlaylistHistory::forwardTitle() const
{
    return m_forward.empty() ? QString() : m_forward.back().origin.title;
}

namespace {

// Rows that look and play alike: the same songs, each from the same seed at the same Match.
bool sameRows(const std::vector<PlaylistEntry>& a, const std::vector<PlaylistEntry>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const PlaylistEntry& x, const PlaylistEntry& y) {
                          return x.track.path == y.track.path && x.seedId == y.seedId && x.match == y.match;
                      });
}

} // namespace

void PlaylistHistory::open(std::vector<PlaylistEntry> entries, PlaylistOrigin origin, int playRow)
{
    // The same list made the same way again (a Regenerate that found no other mix) is no page to go back to.
    // The same songs imported over the list they were exported from are one: they lost its Match, its reasons
    // and its recipe, and Back brings those back.
    const bool samePage =
        sameRows(entries, m_playlist.entries()) && origin.recipe.isNull() == m_origin.recipe.isNull();
    if (!m_playlist.isEmpty() && !samePage) {
        m_back.push_back(snapshot());
        if (int(m_back.size()) > kDepth)
            m_back.pop_front();
    }
    m_forward.clear();
    m_origin = std::move(origin);
    // A song playing on that the new list holds is its current row, so that Next carries on after it there
    // instead of starting the list over.
    const int playing = rowOfPlaying(entries);
    m_playlist.setEntries(std::move(entries), playing);
    if (playRow >= 0 && playRow == playing) {
        if (!m_player.isPlaying())
            m_player.play();
    } else if (playRow >= 0) {
        m_player.playChosen(playRow);
    }
    emit changed();
}

int PlaylistHistory::rowOfPlaying(const std::vector<PlaylistEntry>& entries) const
{
    const std::optional<Track>& playing = m_player.track();
    if (!playing || m_player.playbackState() == QMediaPlayer::StoppedState)
        return -1;
    const auto found = std::find_if(entries.begin(), entries.end(), [&playing](const PlaylistEntry& e) {
        return sameTrack(e.track, *playing);
    });
    return found == entries.end() ? -1 : int(found - entries.begin());
}

bool PlaylistHistory::followsPlaying(bool autoPlay) const
{
    return m_player.playbackState() != QMediaPlayer::StoppedState && m_player.track() &&
           !(autoPlay && !m_player.isPlaying());
}

std::int64_t PlaylistHistory::followedTrack(bool autoPlay) const
{
    return followsPlaying(autoPlay) ? m_player.track()->id : 0;
}

bool PlaylistHistory::openGenerated(std::vector<PlaylistEntry> entries, PlaylistOrigin origin, bool autoPlay)
{
    // Unless it starts now, the new list follows the song playing or paused, which it would repeat; a list
    // of that song alone is kept whole rather than opened empty.
    if (followsPlaying(autoPlay)) {
        const FilePath current = m_player.track()->path;
        const auto others = std::count_if(entries.begin(), entries.end(), [&current](const PlaylistEntry& e) {
            return e.track.path != current;
        });
        if (others > 0)
            std::erase_if(entries, [&current](const PlaylistEntry& e) { return e.track.path == current; });
    }
    const bool start = autoPlay && !entries.empty() && !m_player.isPlaying();
    open(std::move(entries), std::move(origin), start ? 0 : -1);
    return start;
}

void PlaylistHistory::back()
{
    if (m_back.empty())
        return;
    Page page = std::move(m_back.back());
    m_back.pop_back();
    // Even empty (a cleared playlist): Forward then clears it again.
    m_forward.push_back(snapshot());
    show(std::move(page));
}

void PlaylistHistory::forward()
{
    if (m_forward.empty())
        return;
    Page page = std::move(m_forward.back());
    m_forward.pop_back();
    m_back.push_back(snapshot());
    show(std::move(page));
}

void PlaylistHistory::setOrigin(PlaylistOrigin origin)
{
    m_origin = std::move(origin);
    emit changed();
}

PlaylistHistory::Page PlaylistHistory::snapshot() const
{
    Page page{m_playlist.entries(), m_playlist.current(), 0, m_origin};
    // Where the current track stood, when the player still has it (a list made without playing it leaves
    // the player on the previous list's track).
    const auto& playing = m_player.track();
    if (page.current >= 0 && playing && playing->path == page.entries[std::size_t(page.current)].track.path)
        page.positionMs = m_player.position();
    return page;
}

void PlaylistHistory::show(Page page)
{
    const int row = page.current;
    const std::optional<Track> playing = m_player.track();
    const bool wasPlaying = m_player.isPlaying();
    m_origin = std::move(page.origin);
    m_playlist.setEntries(std::move(page.entries), row);
    if (m_now)
        m_playlist.refreshTracks(m_now);
    // Still the player's track (the list that replaced it never played): it plays on undisturbed. By id, so
    // one renamed meanwhile (the player follows it) is still the one playing.
    const bool stillLoaded = row >= 0 && playing && sameTrack(m_playlist.at(row).track, *playing);
    if (row >= 0 && !stillLoaded) {
        m_player.cue(row, page.positionMs);
        if (wasPlaying)
            m_player.play();
    }
    emit changed();
}

} // namespace soundalike
