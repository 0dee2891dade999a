#pragma once

#include "core/common/Track.h"

#include <QWidget>

#include <optional>

namespace soundalike {

class CoverProvider;

// A square showing a track's cover art, or a quiet placeholder note while there is none.
class CoverLabel : public QWidget
{
    Q_OBJECT

public:
    CoverLabel(CoverProvider& covers, int edge, QWidget* parent = nullptr);

    void setTrack(const std::optional<Track>& track);
    QSize sizeHint() const override { return {m_edge, m_edge}; }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void refresh();

    CoverProvider& m_covers;
    int m_edge;
    std::optional<Track> m_track;
    QPixmap m_pixmap;
};

} // namespace soundalike
