#pragma once

#include "core/service/MapColouring.h"
#include "core/service/MapTypes.h"
#include "core/service/TrackCatalog.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace soundalike {

class ElidedLabel;
class MapView;

// The Map tab: the map itself under a bar that chooses what the colours mean (genre, tempo, decade, artist,
// and "played recently" once a play history is plugged in), switches dragging to lasso selection, shows the
// whole map again, and says how far a layout has come.
class MapPane : public QWidget
{
    Q_OBJECT

public:
    explicit MapPane(QWidget* parent = nullptr);

    MapView* view() const { return m_view; }
    void setCatalog(std::shared_ptr<const TrackCatalog> catalog);
    // Enables colouring by recent plays, from the player's history.
    void setPlayHistory(RecentPlayColouring::LastPlayed lastPlayed);
    // The colouring the listener chose in an earlier session, as colouringChosen() named it; empty when none.
    void setChosenColouring(const QString& name);

signals:
    // The listener chose a colouring in the box: its name, for setChosenColouring() at the next start.
    void colouringChosen(const QString& name);

public slots:
    // What the play history answers changed: the colours follow when they show recent plays.
    void playHistoryChanged();
    void showProgress(const soundalike::MapProgress& progress);
    void showRunning(bool running);
    // The map could not be read or written; the one shown stays.
    void showFailure(const QString& message);

private:
    void pickColouring();
    [[nodiscard]] bool showsAnything(int choice) const;
    void applyColouring();

    MapView* m_view;
    QComboBox* m_colourBy;
    QToolButton* m_lasso;
    ElidedLabel* m_status;
    std::shared_ptr<const TrackCatalog> m_catalog;
    RecentPlayColouring::LastPlayed m_lastPlayed;
    int m_chosen = -1; // the listener's choice in the box, now or in an earlier session; -1 when none
};

} // namespace soundalike
