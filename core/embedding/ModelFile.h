#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace soundalike {

// The container of a model file: a header that names the format and holds a SHA-256 of the libtorch archive
// that follows it. libtorch reads archives without checking them (a damaged length field in one made it
// allocate gigabytes, found by tests/fuzz/fuzz_model), so no byte of a damaged file reaches it.
class ModelFile
{
public:
    static constexpr int kFormatVersion = 1;
    // Far above any model this program trains (well under 1 MB), far below what would hurt to read.
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    // The bytes of a model file that holds `archive`.
    static QByteArray seal(const QByteArray& archive);
    // The archive in the bytes of a model file; nothing, with `error` set to why, when they are not an intact
    // model file of this format version.
    static std::optional<QByteArray> unseal(const QByteArray& file, QString* error);
    // The archive in the model file at `path`, read and unsealed.
    static std::optional<QByteArray> read(const QString& path, QString* error);
};

} // namespace soundalike
