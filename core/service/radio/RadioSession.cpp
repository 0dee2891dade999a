#include "core/service/radio/RadioSession.h"

#include "core/common/Logging.h"
#include "core/playback/Playlist.h"
#include "core/service/radio/ListenVerdict.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace soundalike {

namespace {

// A playlist the radio did not start (an imported one) is continued from its last songs up to the current.
constexpr int kStartFromLast = 3;

} // namespace

RadioSession::RadioSession(QString databasePath, Playlist& playlist, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_playlist(playlist)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { onPicked(m_watcher.result()); });
    connect(&m_playlist, &Playlist::reset, this, &RadioSession::onPlaylistReset);
    for (const auto signal : {&Playlist::inserted, &Playlist::removed, &Playlist::moved})
        connect(&m_playlist, signal, this, &RadioSession::growIfNeeded);
    connect(&m_playlist, &Playlist::currentChanged, this, &RadioSession::growIfNeeded);
}

RadioSession::~RadioSession()
{
    m_watcher.waitForFinished();
}

void RadioSession::setEnabled(bool on)
{
    m_enabled = on;
    m_exhausted = false;
    growIfNeeded();
}

void RadioSession::start(const std::vector<std::int64_t>& seeds)
{
    m_seeds = seeds;
    m_taste.reset(seeds);
    m_heard.clear();
    m_steering.clear();
    m_exhausted = false;
    // A pick under way was asked without these seeds (the playlist began playing first): its songs could
    // repeat a seed, so it is dropped and asked again.
    m_pickIsStale = m_pickIsStale || isGrowing();
    growIfNeeded();
}

void RadioSession::onPlaylistReset()
{
    // A generated playlist names its seeds in its entries: the radio goes on from them, whichever of the
    // window's handlers runs first (start() may follow with the full list). An imported or hand-made list
    // names none: the radio goes on from what is played.
    std::vector<std::int64_t> seeds;
    for (const PlaylistEntry& e : m_playlist.entries()) {
        if (e.seedId > 0 && std::find(seeds.begin(), seeds.end(), e.seedId) == seeds.end())
            seeds.push_back(e.seedId);
    }
    m_seeds = seeds;
    m_taste.reset(seeds);
    m_heard.clear();
    m_steering.clear();
    m_exhausted = false;
    m_pickIsStale = isGrowing(); // it was for the playlist that is gone
}

std::int64_t RadioSession::seedOf(std::int64_t trackId) const
{
    for (const PlaylistEntry& e : m_playlist.entries()) {
        if (e.track.id == trackId)
            return e.seedId;
    }
    return 0;
}

QString RadioSession::titleOf(std::int64_t trackId) const
{
    for (const PlaylistEntry& e : m_playlist.entries()) {
        if (e.track.id == trackId)
            return e.track.title;
    }
    return QString();
}

void RadioSession::onListened(const Listen& listen)
{
    const std::int64_t id = listen.track.id;
    m_heard.insert(id);
    const ListenVerdict verdict = ListenVerdict::of(listen);
    if (verdict.played) {
        m_taste.like(id, seedOf(id), false);
        m_steering << tr("more like “%1”").arg(listen.track.title);
    } else if (verdict.skippedEarly) {
        m_taste.dislike(id, seedOf(id));
        m_steering << tr("fewer like “%1”").arg(listen.track.title);
        if (m_enabled)
            emit message(tr("Radio: fewer like “%1” from now on.").arg(listen.track.title));
    } else {
        return;
    }
    changed();
}

void RadioSession::moreLike(const std::vector<std::int64_t>& trackIds)
{
    QStringList titles;
    for (const std::int64_t id : trackIds) {
        m_taste.like(id, seedOf(id), true);
        titles << tr("“%1”", "a song's title quoted").arg(titleOf(id));
    }
    if (titles.isEmpty())
        return;
    m_steering << tr("more like %1").arg(titles.join(QStringLiteral(", ")));
    emit message(m_enabled ? tr("Radio: more like %1 from now on.").arg(titles.join(QStringLiteral(", ")))
                           : tr("Noted: more like %1. Turn on “Keep playing similar songs” to hear them.")
                                 .arg(titles.join(QStringLiteral(", "))));
    changed();
}

void RadioSession::changed()
{
    m_exhausted = false;
    growIfNeeded();
}

void RadioSession::growIfNeeded()
{
    const int current = m_playlist.current();
    if (!m_enabled || m_exhausted || isGrowing() || current < 0 ||
        m_playlist.size() - 1 - current > kGrowWithin)
        return;
    if (m_taste.isEmpty()) {
        std::vector<std::int64_t> recent;
        for (int row = current; row >= 0 && int(recent.size()) < kStartFromLast; --row)
            recent.push_back(m_playlist.at(row).track.id);
        m_taste.reset(recent);
    }
    m_picking = true;
    m_watcher.setFuture(
        QtConcurrent::run([path = m_databasePath, ask = ask()] { return RadioPicker::pick(path, ask); }));
}

RadioAsk RadioSession::ask() const
{
    RadioAsk a;
    a.request = m_options;
    a.request.seeds = m_taste.anchors();
    a.request.excluded.assign(m_heard.begin(), m_heard.end());
    a.request.excluded.insert(a.request.excluded.end(), m_seeds.begin(), m_seeds.end());
    for (const PlaylistEntry& e : m_playlist.entries())
        a.request.excluded.push_back(e.track.id);
    a.request.avoidPlayedWithinHours = m_avoidHours;
    a.liked = m_taste.liked();
    a.avoided = m_taste.avoided();
    const int from = std::max(0, m_playlist.size() - std::max(1, m_options.artistGap));
    for (int row = from; row < m_playlist.size(); ++row)
        a.recentArtists << m_playlist.at(row).track.artist;
    a.wanted = kBatch;
    return a;
}

QString RadioSession::exhaustedMessage(const RadioBatch& batch)
{
    if (!batch.error.isEmpty())
        return tr("Radio stopped: %1").arg(batch.error);
    // Songs are left, but the listener's skips ruled them out: say so, and how to hear them after all.
    if (batch.unwanted > 0)
        return tr("Radio: the %n song(s) left like these sound like songs you skipped. "
                  "Use More Like This on a song to hear more.",
                  nullptr, batch.unwanted);
    return tr("Radio: no more songs like these in your library.");
}

void RadioSession::onPicked(const RadioBatch& batch)
{
    m_picking = false;
    if (std::exchange(m_pickIsStale, false)) {
        growIfNeeded();
        return;
    }
    if (!m_enabled)
        return;
    std::vector<PlaylistEntry> fresh;
    for (const PlaylistEntry& e : batch.entries) {
        const auto& entries = m_playlist.entries();
        if (std::none_of(entries.begin(), entries.end(),
                         [&e](const PlaylistEntry& p) { return p.track.id == e.track.id; }))
            fresh.push_back(e);
    }
    if (!batch.error.isEmpty() || fresh.empty()) {
        m_exhausted = true;
        emit message(exhaustedMessage(batch));
        return;
    }
    const int added = int(fresh.size());
    qCDebug(lcRadio) << "radio adds" << added << "songs from" << m_taste.anchors().size() << "anchors,"
                     << m_taste.avoided().size() << "avoided";
    const QString why =
        m_steering.isEmpty() ? QString() : QStringLiteral(": ") + m_steering.join(QStringLiteral(", "));
    m_steering.clear();
    m_playlist.insert(m_playlist.size(), std::move(fresh));
    emit message(tr("Radio added %n song(s)", nullptr, added) + why);
    emit grown(added);
}

} // namespace soundalike
