#include "ui/SongDrops.h"

#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "ui/SongTableModel.h"
#include "ui/StatusText.h"
#include "ui/TrackDropHandler.h"

#include <QAbstractItemView>

namespace soundalike {

SongDrops::SongDrops(QAbstractItemView& view, SongTableModel& model, const Library& library,
                     LibraryPipeline& pipeline)
    : QObject(&view), m_model(model), m_library(library), m_pipeline(pipeline)
{
    auto* drops = new TrackDropHandler(&view);
    model.setDragOrigin(drops->origin());
    connect(drops, &TrackDropHandler::rowsMoved, &model, &SongTableModel::moveRowList);
    connect(drops, &TrackDropHandler::tracksDropped, this, &SongDrops::insertTracks);
    connect(drops, &TrackDropHandler::pathsDropped, this, &SongDrops::insertPaths);
}

void SongDrops::insertTracks(const std::vector<std::int64_t>& ids, int row)
{
    m_model.insertTracks(row, m_library.catalog()->findAll(ids));
}

void SongDrops::insertPaths(const std::vector<FilePath>& paths, int row)
{
    m_pipeline.importFiles(paths, false, this, [this, row](const ImportedTracks& imported) {
        m_model.insertTracks(std::min(row, m_model.rowCount()), imported.tracks);
        if (!imported.problems.isEmpty())
            emit message(tr("Not added: %1").arg(StatusText::firstFew(imported.problems)));
    });
}

} // namespace soundalike
