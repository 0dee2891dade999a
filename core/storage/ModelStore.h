#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace soundalike {

class Database;

struct ModelRecord
{
    std::int64_t id = 0;
    std::int64_t createdAt = 0; // seconds since the epoch
    QString file;               // model file path
    QJsonObject options;        // training options, as the trainer reports them
    int inputVersion = 0;       // descriptor version the model reads
    QJsonObject metrics;        // evaluation figures at training time
};

// The registry of trained models. The newest model whose input version matches the current descriptors is
// the one in use.
class ModelStore
{
public:
    explicit ModelStore(Database& db) : m_db(db) {}

    std::int64_t add(const ModelRecord& model);
    void setFile(std::int64_t id, const QString& file);
    void setMetrics(std::int64_t id, const QJsonObject& metrics);
    void remove(std::int64_t id);
    std::vector<ModelRecord> all();
    std::optional<ModelRecord> current(int inputVersion);

private:
    Database& m_db;
};

} // namespace soundalike
