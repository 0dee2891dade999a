#include "core/service/TrackCatalog.h"

#include "core/common/TextKey.h"
#include "core/library/GenreTable.h"

#include <algorithm>
#include <memory>
#include <numeric>

namespace soundalike {

namespace {

// Cannot occur in a typed word, so no word matches across two fields.
constexpr QChar kSeparator = QChar(0x1f);

// What a genre tag is also found by: its canonical genre and family ("techno" is found by "electronic"), as
// written in the table ("Hip-Hop" is also "Hip Hop", which a word typed as another spelling finds).
class GenreWords
{
public:
    const QString& of(const QString& tag)
    {
        auto it = m_words.constFind(tag);
        if (it != m_words.cend())
            return *it;
        const GenreInfo info = GenreTable::builtIn().lookup(tag);
        QString words;
        if (info.known && info.kind != GenreInfo::Kind::Junk) {
            for (const QString& name : {info.genre, info.family}) {
                if (searchKey(name) != searchKey(tag) && !words.contains(name))
                    words.append(kSeparator).append(name);
            }
        }
        return *m_words.insert(tag, words);
    }

private:
    QHash<QString, QString> m_words; // a library repeats a few hundred genre strings
};

QString searchText(const Track& t, GenreWords& genreWords)
{
    qsizetype length = t.title.size() + t.artist.size() + t.albumArtist.size() + t.album.size() + 4;
    for (const QString& genre : t.genres)
        length += genre.size() + genreWords.of(genre).size() + 1;
    QString text;
    text.reserve(length);
    text.append(t.title).append(kSeparator).append(t.artist).append(kSeparator).append(t.albumArtist);
    text.append(kSeparator).append(t.album);
    for (const QString& genre : t.genres)
        text.append(kSeparator).append(genre).append(genreWords.of(genre));
    return searchKey(std::move(text));
}

// Whether a track's search text holds every typed word, or the genre the word spells.
class WordMatcher
{
public:
    explicit WordMatcher(const QStringList& words)
    {
        for (const QString& word : words)
            m_words.push_back({word, TrackCatalog::genreSpelledBy(word)});
    }

    bool operator()(const QString& text) const
    {
        return std::all_of(m_words.cbegin(), m_words.cend(), [&](const Word& w) {
            return text.contains(w.typed) || (!w.genre.isEmpty() && text.contains(w.genre));
        });
    }

private:
    struct Word
    {
        QString typed;
        QString genre;
    };
    std::vector<Word> m_words;
};

// Each track's rank among the distinct values of a text field, compared case-folded. Names repeat (an
// artist on a hundred tracks), so folding and sorting the distinct values is far cheaper than comparing
// strings inside a sort of every track.
std::vector<int> foldedRanks(const std::vector<Track>& tracks, const QString& (*field)(const Track&))
{
    QHash<QString, int> distinct;
    std::vector<int> valueOf(tracks.size());
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        const QString& value = field(tracks[i]);
        auto it = distinct.constFind(value);
        if (it == distinct.cend())
            it = distinct.insert(value, int(distinct.size()));
        valueOf[i] = it.value();
    }
    // Sorted with accents folded ("Édith" among the E's), grouped by case alone ("Ábba" and "abba" are
    // neighbours, not one artist).
    std::vector<QString> folded(std::size_t(distinct.size())), sortKey(folded.size());
    for (auto it = distinct.cbegin(); it != distinct.cend(); ++it) {
        folded[std::size_t(it.value())] = it.key().toCaseFolded();
        sortKey[std::size_t(it.value())] = searchKey(it.key());
    }
    std::vector<int> byKey(folded.size());
    std::iota(byKey.begin(), byKey.end(), 0);
    std::sort(byKey.begin(), byKey.end(), [&](int a, int b) {
        const std::size_t i = std::size_t(a), j = std::size_t(b);
        return sortKey[i] != sortKey[j] ? sortKey[i] < sortKey[j] : folded[i] < folded[j];
    });
    std::vector<int> rankOfValue(folded.size());
    for (std::size_t r = 0; r < byKey.size(); ++r) {
        // Values that fold alike ("ABBA", "Abba") share a rank, so they sort and group as one.
        const bool same = r > 0 && folded[std::size_t(byKey[r])] == folded[std::size_t(byKey[r - 1])];
        rankOfValue[std::size_t(byKey[r])] = same ? rankOfValue[std::size_t(byKey[r - 1])] : int(r);
    }
    for (int& value : valueOf)
        value = rankOfValue[std::size_t(value)];
    return valueOf;
}

const QString& titleOf(const Track& t)
{
    return t.title;
}
const QString& artistOf(const Track& t)
{
    return t.artist;
}
const QString& albumOf(const Track& t)
{
    return t.album;
}
const QString& firstGenreOf(const Track& t)
{
    static const QString none;
    return t.genres.isEmpty() ? none : t.genres.front();
}

template <typename Less> std::vector<int> stableSorted(std::vector<int> order, Less less)
{
    std::stable_sort(order.begin(), order.end(), less);
    return order;
}

} // namespace

TrackCatalog::TrackCatalog(std::vector<Track> tracks) : m_tracks(std::move(tracks))
{
    m_searchText.reserve(m_tracks.size());
    m_indexById.reserve(qsizetype(m_tracks.size()));
    m_indexByPath.reserve(m_tracks.size());
    GenreWords genreWords;
    for (int i = 0; i < size(); ++i) {
        m_searchText.push_back(searchText(m_tracks[std::size_t(i)], genreWords));
        m_indexById.insert(m_tracks[std::size_t(i)].id, i);
        m_indexByPath.emplace(m_tracks[std::size_t(i)].path, i);
    }
    const std::vector<int> artists =
        foldedRanks(m_tracks, [](const Track& t) -> const QString& { return groupArtist(t); });
    const std::vector<int> albums = foldedRanks(m_tracks, albumOf);
    m_libraryOrder.resize(m_tracks.size());
    std::iota(m_libraryOrder.begin(), m_libraryOrder.end(), 0);
    std::sort(m_libraryOrder.begin(), m_libraryOrder.end(), [&](int a, int b) {
        const Track& x = at(a);
        const Track& y = at(b);
        const auto ua = std::size_t(a);
        const auto ub = std::size_t(b);
        if (artists[ua] != artists[ub])
            return artists[ua] < artists[ub];
        if (albums[ua] != albums[ub])
            return albums[ua] < albums[ub];
        if (x.discNumber != y.discNumber)
            return x.discNumber < y.discNumber;
        if (x.trackNumber != y.trackNumber)
            return x.trackNumber < y.trackNumber;
        // Rarely reached (same album and track number), so folding here costs little.
        if (const int c = x.title.compare(y.title, Qt::CaseInsensitive))
            return c < 0;
        return x.id < y.id;
    });
}

const Track* TrackCatalog::find(std::int64_t id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &at(index);
}

const Track* TrackCatalog::find(const Track& kept) const
{
    if (const Track* same = find(kept.id))
        return same;
    const auto atPath = m_indexByPath.find(kept.path);
    return atPath == m_indexByPath.end() ? nullptr : &at(atPath->second);
}

std::vector<int> TrackCatalog::positionsIn(const std::vector<int>& indexes,
                                           const std::vector<std::int64_t>& ids) const
{
    std::vector<int> positions(ids.size(), -1);
    QHash<int, std::vector<std::size_t>> wanted; // catalog index to the places in `ids` that ask for it
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (const int index = indexOf(ids[i]); index >= 0)
            wanted[index].push_back(i);
    }
    for (std::size_t position = 0; position < indexes.size() && !wanted.isEmpty(); ++position) {
        const auto it = wanted.constFind(indexes[position]);
        if (it == wanted.constEnd())
            continue;
        for (const std::size_t i : *it)
            positions[i] = int(position);
        wanted.erase(it);
    }
    return positions;
}

std::vector<Track> TrackCatalog::findAll(const std::vector<std::int64_t>& ids) const
{
    std::vector<Track> tracks;
    for (const std::int64_t id : ids) {
        if (const Track* track = find(id))
            tracks.push_back(*track);
    }
    return tracks;
}

std::vector<int> TrackCatalog::sortedBy(TrackField field) const
{
    const auto byText = [&](const QString& (*of)(const Track&)) {
        const std::vector<int> ranks = foldedRanks(m_tracks, of);
        return stableSorted(m_libraryOrder,
                            [&](int a, int b) { return ranks[std::size_t(a)] < ranks[std::size_t(b)]; });
    };
    const auto byNumber = [&](int Track::*member) {
        return stableSorted(m_libraryOrder, [&](int a, int b) { return at(a).*member < at(b).*member; });
    };
    switch (field) {
    case TrackField::Title:
        return byText(titleOf);
    case TrackField::Artist:
        return byText(artistOf);
    case TrackField::Album:
        return byText(albumOf);
    case TrackField::Genre:
        return byText(firstGenreOf);
    case TrackField::Year:
        return byNumber(&Track::year);
    case TrackField::Duration:
        return byNumber(&Track::durationMs);
    }
    return m_libraryOrder;
}

std::vector<int> TrackCatalog::filter(const std::vector<int>& within, const QStringList& words) const
{
    if (words.isEmpty())
        return within;
    const WordMatcher matcher(words);
    std::vector<int> matches;
    for (const int index : within) {
        if (matcher(m_searchText[std::size_t(index)]))
            matches.push_back(index);
    }
    return matches;
}

std::function<bool(const Track&)> TrackCatalog::matcher(const QStringList& words)
{
    auto genreWords = std::make_shared<GenreWords>(); // shared: std::function copies what it holds
    return [genreWords, match = WordMatcher(words)](const Track& track) {
        return match(searchText(track, *genreWords));
    };
}

QString TrackCatalog::genreSpelledBy(const QString& word)
{
    const GenreInfo info = GenreTable::builtIn().lookup(word);
    if (!info.known || info.kind == GenreInfo::Kind::Junk)
        return {};
    const QString genre = searchKey(info.genre);
    return genre == word ? QString() : genre;
}

QStringList TrackCatalog::searchWords(const QString& text)
{
    QStringList words = searchKey(text.simplified()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

const QString& TrackCatalog::groupArtist(const Track& track)
{
    return track.albumArtist.isEmpty() ? track.artist : track.albumArtist;
}

void TrackCatalog::setAnalysisFailures(const std::vector<std::pair<std::int64_t, Reason>>& failures)
{
    m_analysisFailures.clear();
    for (const auto& [id, reason] : failures)
        m_analysisFailures.insert(id, reason);
}

const Reason* TrackCatalog::analysisFailure(std::int64_t id) const
{
    const auto it = m_analysisFailures.constFind(id);
    return it == m_analysisFailures.constEnd() ? nullptr : &it.value();
}

void TrackCatalog::setDuplicates(std::vector<std::vector<std::int64_t>> groups)
{
    m_duplicates = std::move(groups);
    m_duplicateGroup.clear();
    for (std::size_t g = 0; g < m_duplicates.size(); ++g) {
        for (const std::int64_t id : m_duplicates[g])
            m_duplicateGroup.insert(id, int(g));
    }
}

std::vector<const Track*> TrackCatalog::copiesOf(std::int64_t id) const
{
    std::vector<const Track*> copies;
    const int group = m_duplicateGroup.value(id, -1);
    if (group < 0)
        return copies;
    for (const std::int64_t other : m_duplicates[std::size_t(group)]) {
        if (const Track* track = other != id ? find(other) : nullptr)
            copies.push_back(track);
    }
    return copies;
}

} // namespace soundalike
