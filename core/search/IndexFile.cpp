#include "core/search/IndexFile.h"

#include "core/common/RawFile.h"
#include "core/search/Checksum.h"

#include <QFile>

#include <cstring>
#include <stdexcept>
#include <type_traits>

namespace soundalike {

namespace {

constexpr char kMagic[8] = {'S', 'N', 'D', 'L', 'K', 'I', 'D', 'X'};
constexpr std::uint32_t kFormatVersion = 1;

template <typename T> void put(QByteArray& out, const T& value)
{
    static_assert(std::is_trivially_copyable_v<T>);
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

// Reads the header fields in order, refusing to run past the end of the data.
class Cursor
{
public:
    explicit Cursor(std::span<const char> bytes) : m_bytes(bytes) {}

    std::span<const char> take(std::uint64_t size)
    {
        if (size > m_bytes.size() - m_position)
            throw std::runtime_error("search index file is truncated");
        const auto part = m_bytes.subspan(m_position, std::size_t(size));
        m_position += std::size_t(size);
        return part;
    }

    template <typename T> T get()
    {
        T value;
        std::memcpy(&value, take(sizeof value).data(), sizeof value);
        return value;
    }

private:
    std::span<const char> m_bytes;
    std::size_t m_position = 0;
};

std::runtime_error failure(const QString& what)
{
    return std::runtime_error(what.toStdString());
}

} // namespace

std::uint64_t IndexFile::stamp(std::span<const float> vector)
{
    return checksum64(vector.data(), vector.size_bytes());
}

void IndexFile::write(const QString& path, const IndexHeader& header, const SimilarityIndex& index)
{
    QByteArray out;
    out.append(kMagic, sizeof kMagic);
    put(out, kFormatVersion);
    const QByteArray key = header.sourceKey.toUtf8();
    put(out, std::uint32_t(key.size()));
    out.append(key);
    put(out, std::uint32_t(header.dimension));
    put(out, header.builtSize);
    put(out, std::uint64_t(header.stamps.size()));
    out.append(reinterpret_cast<const char*>(header.stamps.data()),
               qsizetype(header.stamps.size() * sizeof(TrackStamp)));
    const qsizetype sizeAt = out.size();
    put(out, std::uint64_t(0));
    index.writeTo(out);
    const std::uint64_t payload = std::uint64_t(out.size() - sizeAt) - sizeof(std::uint64_t);
    std::memcpy(out.data() + sizeAt, &payload, sizeof payload);
    put(out, checksum64(out.constData(), std::size_t(out.size())));

    RawFile::writeAtomically(toFilePath(path), out);
}

IndexFile::Loaded IndexFile::read(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        throw failure(QStringLiteral("no index yet"));
    if (!file.open(QIODevice::ReadOnly))
        throw failure(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    // Mapped, not read: faiss copies what it needs straight from the page cache, so a million vectors are
    // in memory once, not twice.
    const qint64 size = file.size();
    const auto* data = reinterpret_cast<const char*>(size > 0 ? file.map(0, size) : nullptr);
    constexpr std::size_t kTrailer = sizeof(std::uint64_t);
    if (!data || std::size_t(size) < sizeof kMagic + kTrailer ||
        std::memcmp(data, kMagic, sizeof kMagic) != 0)
        throw failure(QStringLiteral("not a Soundalike search index"));
    const std::size_t body = std::size_t(size) - kTrailer;
    std::uint64_t stored;
    std::memcpy(&stored, data + body, sizeof stored);
    if (stored != checksum64(data, body))
        throw failure(QStringLiteral("search index file is damaged (checksum mismatch)"));

    Cursor cursor(std::span<const char>(data, body));
    cursor.take(sizeof kMagic);
    if (cursor.get<std::uint32_t>() != kFormatVersion)
        throw failure(QStringLiteral("search index file has another format version"));
    IndexHeader header;
    const auto key = cursor.take(cursor.get<std::uint32_t>());
    header.sourceKey = QString::fromUtf8(key.data(), qsizetype(key.size()));
    header.dimension = int(cursor.get<std::uint32_t>());
    header.builtSize = cursor.get<std::uint64_t>();
    const auto count = cursor.get<std::uint64_t>();
    if (count > body / sizeof(TrackStamp))
        throw failure(QStringLiteral("search index file is truncated"));
    const auto stamps = cursor.take(count * sizeof(TrackStamp));
    header.stamps.resize(std::size_t(count));
    std::memcpy(header.stamps.data(), stamps.data(), stamps.size());
    SimilarityIndex index = SimilarityIndex::readFrom(cursor.take(cursor.get<std::uint64_t>()));
    if (index.dimension() != header.dimension || index.size() != header.stamps.size())
        throw failure(QStringLiteral("search index file does not match its header"));
    return {std::move(header), std::move(index)};
}

} // namespace soundalike
