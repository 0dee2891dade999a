#include "app/cli/SearchSession.h"

#include "app/cli/CliContext.h"
#include "core/storage/TrackStore.h"

#include <QFileInfo>

#include <algorithm>
#include <stdexcept>

namespace soundalike::cli {

namespace {

QString actionName(IndexStatus::Action action)
{
    switch (action) {
    case IndexStatus::Action::Loaded:
        return QStringLiteral("loaded");
    case IndexStatus::Action::Updated:
        return QStringLiteral("updated");
    case IndexStatus::Action::Built:
        break;
    }
    return QStringLiteral("built");
}

} // namespace

SearchSession::SearchSession(CliContext& context)
{
    std::vector<Track> tracks = TrackStore(context.database()).find(TrackQuery{});
    if (tracks.empty())
        throw std::runtime_error(
            "the library is empty: scan a music folder first (soundalike-cli scan FOLDER)");
    m_search = std::make_unique<LibrarySearch>(context.database(), context.databasePath(), std::move(tracks));
}

SearchSession::~SearchSession() = default;

const Track& SearchSession::track(std::int64_t id) const
{
    if (const Track* t = m_search->track(id))
        return *t;
    throw std::runtime_error(QStringLiteral("no track with id %1 in the library").arg(id).toStdString());
}

std::int64_t SearchSession::resolve(const QString& seed) const
{
    const QFileInfo file(seed);
    if (file.exists()) {
        for (const QString& path : {file.absoluteFilePath(), file.canonicalFilePath()}) {
            for (const Track& t : m_search->tracks()) {
                if (t.path == toFilePath(path))
                    return t.id;
            }
        }
        throw std::runtime_error(
            QStringLiteral("%1 is not in the library (scan its folder first)").arg(seed).toStdString());
    }
    bool ok = false;
    const std::int64_t id = seed.toLongLong(&ok);
    if (!ok)
        throw std::runtime_error(
            QStringLiteral("%1 is neither a track id nor a file in the library").arg(seed).toStdString());
    return track(id).id;
}

QJsonObject SearchSession::indexJson() const
{
    QJsonObject json{
        {QStringLiteral("path"), m_search->indexPath()},
        {QStringLiteral("source"), m_search->vectors().sourceKey()},
        {QStringLiteral("kind"), m_search->index().kind() == SimilarityIndex::Kind::Exact
                                     ? QStringLiteral("exact")
                                     : QStringLiteral("approximate")},
        {QStringLiteral("tracks"), qint64(m_search->index().size())},
        {QStringLiteral("action"), actionName(m_search->indexStatus().action)},
        {QStringLiteral("added"), qint64(m_search->indexStatus().added)},
        {QStringLiteral("removed"), qint64(m_search->indexStatus().removed)},
    };
    if (!m_search->indexStatus().reason.isEmpty())
        json.insert(QStringLiteral("reason"), m_search->indexStatus().reason);
    if (!m_search->indexStatus().warning.isEmpty())
        json.insert(QStringLiteral("warning"), m_search->indexStatus().warning);
    if (!m_search->sourceNote().isEmpty())
        json.insert(QStringLiteral("source_note"), m_search->sourceNote());
    return json;
}

QString SearchSession::indexLine() const
{
    QString line =
        QStringLiteral("Index: %1 %2 over %3 tracks (%4)")
            .arg(m_search->index().kind() == SimilarityIndex::Kind::Exact ? QStringLiteral("exact")
                                                                          : QStringLiteral("approximate"),
                 m_search->vectors().sourceKey())
            .arg(m_search->index().size())
            .arg(actionName(m_search->indexStatus().action));
    if (m_search->indexStatus().action == IndexStatus::Action::Built &&
        !m_search->indexStatus().reason.isEmpty())
        line += QStringLiteral(": ") + m_search->indexStatus().reason;
    if (m_search->indexStatus().action == IndexStatus::Action::Updated)
        line += QStringLiteral(": %1 added, %2 removed")
                    .arg(m_search->indexStatus().added)
                    .arg(m_search->indexStatus().removed);
    if (!m_search->indexStatus().warning.isEmpty())
        line += QStringLiteral("; not saved: ") + m_search->indexStatus().warning;
    if (!m_search->sourceNote().isEmpty())
        line += QStringLiteral("\nNote: ") + m_search->sourceNote();
    return line;
}

} // namespace soundalike::cli
