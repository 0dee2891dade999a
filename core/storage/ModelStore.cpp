#include "core/storage/ModelStore.h"

#include "core/common/AppPaths.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

namespace soundalike {

namespace {

QString toJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The row names where the file was written. A library moved or restored with its models folder finds it there
// under the same name.
QString locatedFile(const QString& stored, const QString& databasePath)
{
    if (stored.isEmpty() || QFileInfo::exists(stored))
        return stored;
    const QString beside =
        AppPaths::modelsFolder(databasePath) + QLatin1Char('/') + QFileInfo(stored).fileName();
    return QFileInfo::exists(beside) ? beside : stored;
}

ModelRecord readModel(const Statement& row, const QString& databasePath)
{
    return {row.int64(0),
            row.int64(1),
            locatedFile(row.text(2), databasePath),
            QJsonDocument::fromJson(row.text(3).toUtf8()).object(),
            row.integer(4),
            QJsonDocument::fromJson(row.text(5).toUtf8()).object()};
}

constexpr const char* kColumns = "SELECT id, created_at, file, options, input_version, metrics FROM models ";

} // namespace

std::int64_t ModelStore::add(const ModelRecord& model)
{
    m_db.prepare(
            "INSERT INTO models(created_at, file, options, input_version, metrics) VALUES(?, ?, ?, ?, ?)")
        .bind(1, model.createdAt ? model.createdAt : QDateTime::currentSecsSinceEpoch())
        .bind(2, model.file)
        .bind(3, toJson(model.options))
        .bind(4, model.inputVersion)
        .bind(5, toJson(model.metrics))
        .run();
    return m_db.lastInsertId();
}

void ModelStore::setFile(std::int64_t id, const QString& file)
{
    m_db.prepare("UPDATE models SET file = ? WHERE id = ?").bind(1, file).bind(2, id).run();
}

void ModelStore::setMetrics(std::int64_t id, const QJsonObject& metrics)
{
    m_db.prepare("UPDATE models SET metrics = ? WHERE id = ?").bind(1, toJson(metrics)).bind(2, id).run();
}

void ModelStore::remove(std::int64_t id)
{
    m_db.prepare("DELETE FROM models WHERE id = ?").bind(1, id).run();
}

std::vector<ModelRecord> ModelStore::all()
{
    std::vector<ModelRecord> models;
    auto query = m_db.prepare((std::string(kColumns) + "ORDER BY id").c_str());
    while (query.step())
        models.push_back(readModel(query, m_db.path()));
    return models;
}

std::optional<ModelRecord> ModelStore::current(int inputVersion)
{
    auto query =
        m_db.prepare((std::string(kColumns) + "WHERE input_version = ? ORDER BY id DESC LIMIT 1").c_str());
    query.bind(1, inputVersion);
    if (!query.step())
        return std::nullopt;
    return readModel(query, m_db.path());
}

} // namespace soundalike
