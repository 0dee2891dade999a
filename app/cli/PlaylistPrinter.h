#pragma once

#include "core/service/SimilarTracks.h"

#include <QJsonObject>

namespace soundalike::cli {

class CliContext;

// Shows a generated playlist: one line per track with the seed it came from and why, or one JSON object.
class PlaylistPrinter
{
public:
    explicit PlaylistPrinter(CliContext& context) : m_context(context) {}

    void print(const PlaylistRequest& request, const GeneratedList& playlist, const IndexReport& index);
    // What index answered and what opening it did, as JSON and as a line (`similar`, `path`, `neighbors`).
    static QJsonObject indexJson(const IndexReport& index);
    static QString indexLine(const IndexReport& index);

private:
    QJsonObject json(const PlaylistRequest& request, const GeneratedList& playlist,
                     const IndexReport& index) const;
    void printText(const GeneratedList& playlist, const IndexReport& index);

    CliContext& m_context;
};

} // namespace soundalike::cli
