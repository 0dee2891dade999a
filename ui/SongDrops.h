#pragma once

#include "core/common/FilePath.h"

#include <QObject>

#include <cstdint>
#include <vector>

class QAbstractItemView;

namespace soundalike {

class Library;
class LibraryPipeline;
class SongTableModel;

// What a drop on a song table does: its own rows move; songs from another pane go in where they were
// dropped; files and folders from a file manager join the library first, and those that could not be read
// are named in message().
class SongDrops : public QObject
{
    Q_OBJECT

public:
    SongDrops(QAbstractItemView& view, SongTableModel& model, const Library& library,
              LibraryPipeline& pipeline);

    // Songs of the library at `row` (-1: at the end).
    void insertTracks(const std::vector<std::int64_t>& ids, int row);

signals:
    void message(const QString& text);

private:
    void insertPaths(const std::vector<FilePath>& paths, int row);

    SongTableModel& m_model;
    const Library& m_library;
    LibraryPipeline& m_pipeline;
};

} // namespace soundalike
