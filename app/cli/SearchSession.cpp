#include "app/cli/SearchSession.h"

#include "app/cli/CliContext.h"
#include "core/search/AudioVectorSources.h"
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
    : m_tracks(TrackStore(context.database()).find(TrackQuery{})),
      m_catalog(TrackCatalog::fromTracks(m_tracks)), m_database(&context.database()),
      m_databasePath(context.databasePath())
{
    if (m_tracks.empty())
        throw std::runtime_error(
            "the library is empty: scan a music folder first (soundalike-cli scan FOLDER)");
    for (std::size_t i = 0; i < m_tracks.size(); ++i)
        m_rows.emplace(m_tracks[i].id, i);
    open({});
}

void SearchSession::open(const std::vector<std::int64_t>& seeds)
{
    VectorSourceChoice choice = chooseVectorSource(*m_database, m_tracks, seeds);
    m_source = std::move(choice.source);
    m_sourceNote = choice.note;
    m_vectors = std::make_unique<VectorTable>(std::move(choice.table));
    m_explanation.reset();
    if (m_source->name() == QLatin1String("embedding"))
        m_explanation = std::make_unique<VectorTable>(DescriptorVectorSource(*m_database).load());
    m_indexPath = StoredIndex::pathFor(m_databasePath, m_source->name());
    m_index = std::make_unique<SimilarityIndex>(StoredIndex::open(m_indexPath, *m_vectors, {}, &m_status));
}

void SearchSession::cover(const std::vector<std::int64_t>& seeds)
{
    if (!std::all_of(seeds.begin(), seeds.end(),
                     [&](std::int64_t id) { return m_vectors->row(id).has_value(); }))
        open(seeds);
}

SearchSession::~SearchSession() = default;

const Track& SearchSession::track(std::int64_t id) const
{
    const auto it = m_rows.find(id);
    if (it == m_rows.end())
        throw std::runtime_error(QStringLiteral("no track with id %1 in the library").arg(id).toStdString());
    return m_tracks[it->second];
}

std::int64_t SearchSession::resolve(const QString& seed) const
{
    const QFileInfo file(seed);
    if (file.exists()) {
        for (const QString& path : {file.absoluteFilePath(), file.canonicalFilePath()}) {
            for (const Track& t : m_tracks) {
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
        {QStringLiteral("path"), m_indexPath},
        {QStringLiteral("source"), m_vectors->sourceKey()},
        {QStringLiteral("kind"), m_index->kind() == SimilarityIndex::Kind::Exact
                                     ? QStringLiteral("exact")
                                     : QStringLiteral("approximate")},
        {QStringLiteral("tracks"), qint64(m_index->size())},
        {QStringLiteral("action"), actionName(m_status.action)},
        {QStringLiteral("added"), qint64(m_status.added)},
        {QStringLiteral("removed"), qint64(m_status.removed)},
    };
    if (!m_status.reason.isEmpty())
        json.insert(QStringLiteral("reason"), m_status.reason);
    if (!m_status.warning.isEmpty())
        json.insert(QStringLiteral("warning"), m_status.warning);
    if (!m_sourceNote.isEmpty())
        json.insert(QStringLiteral("source_note"), m_sourceNote);
    return json;
}

QString SearchSession::indexLine() const
{
    QString line = QStringLiteral("Index: %1 %2 over %3 tracks (%4)")
                       .arg(m_index->kind() == SimilarityIndex::Kind::Exact ? QStringLiteral("exact")
                                                                            : QStringLiteral("approximate"),
                            m_vectors->sourceKey())
                       .arg(m_index->size())
                       .arg(actionName(m_status.action));
    if (m_status.action == IndexStatus::Action::Built && !m_status.reason.isEmpty())
        line += QStringLiteral(": ") + m_status.reason;
    if (m_status.action == IndexStatus::Action::Updated)
        line += QStringLiteral(": %1 added, %2 removed").arg(m_status.added).arg(m_status.removed);
    if (!m_status.warning.isEmpty())
        line += QStringLiteral("; not saved: ") + m_status.warning;
    if (!m_sourceNote.isEmpty())
        line += QStringLiteral("\nNote: ") + m_sourceNote;
    return line;
}

} // namespace soundalike::cli
