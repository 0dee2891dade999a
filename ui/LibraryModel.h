#pragma once

#include "core/service/TrackCatalog.h"

#include <QAbstractTableModel>

#include <map>
#include <memory>

namespace soundalike {

class PlayStatistics;

// The flat, sortable, filterable track table. Rows are handed to the view a batch at a time (canFetchMore /
// fetchMore), so 100,000 tracks cost the view no more than the rows it has scrolled through.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Artist,
        Album,
        Year,
        Genre,
        Duration,
        Plays, // how often heard through, skipped early, and when last: hidden until chosen
        Skips,
        LastPlayed,
        ColumnCount
    };
    enum Role
    {
        TrackIdRole = Qt::UserRole + 1
    };
    static constexpr int kFetchBatch = 1000;

    explicit LibraryModel(QObject* parent = nullptr);

    void setCatalog(std::shared_ptr<const TrackCatalog> catalog);
    // Where the play statistics columns read from; they follow its changes.
    void setStatistics(const PlayStatistics* plays);
    const TrackCatalog& catalog() const { return *m_catalog; }
    void setFilterText(const QString& text);
    // How many tracks match the filter; rowCount() is how many of them the view has fetched so far.
    int matchCount() const { return int(m_rows.size()); }
    const Track& trackAt(int row) const { return m_catalog->at(m_rows[std::size_t(row)]); }
    // The row of a track, fetching as far as needed; -1 when the filter hides it.
    int rowOfTrack(std::int64_t id) { return rowsOfTracks({id}).front(); }
    // The rows of these tracks, in their order, fetching as far as the last; -1 for each the filter hides.
    std::vector<int> rowsOfTracks(const std::vector<std::int64_t>& ids);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    void rebuild(bool narrowing);
    void applyOrder();
    const std::vector<int>& order();
    std::vector<int> sortedByStatistic(int column) const;
    QVariant statisticData(const Track& track, int column, int role) const;
    void showStatisticsOf(std::int64_t trackId);

    std::shared_ptr<const TrackCatalog> m_catalog;
    const PlayStatistics* m_plays = nullptr;
    std::map<int, std::vector<int>> m_sortCache; // ascending orders of this catalog, by column
    int m_sortColumn = -1;                       // -1: library order (artist, album, track)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order; // catalog indexes in the current sort order
    QStringList m_words;
    std::vector<int> m_rows; // m_order filtered
    int m_fetched = 0;
};

} // namespace soundalike
