#pragma once

#include "core/search/GenerationRequest.h"

#include <QJsonObject>

namespace soundalike::cli {

class CliContext;
class SearchSession;

// Shows a generated playlist: one line per track with the seed it came from and why, or one JSON object.
class PlaylistPrinter
{
public:
    PlaylistPrinter(CliContext& context, const SearchSession& session)
        : m_context(context), m_session(session)
    {}

    void print(const GenerationRequest& request, const GeneratedPlaylist& playlist);

private:
    QJsonObject json(const GenerationRequest& request, const GeneratedPlaylist& playlist) const;
    void printText(const GenerationRequest& request, const GeneratedPlaylist& playlist);

    CliContext& m_context;
    const SearchSession& m_session;
};

} // namespace soundalike::cli
