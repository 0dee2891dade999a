#include "ui/mpris/CoverArtFile.h"

#include "core/service/Covers.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QImageReader>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

namespace {

// Named by content, so the tracks of one album share a file and a changed cover gets a new URL (widgets
// cache images by URL).
QString writeCover(const FilePath& trackPath, const QString& folder)
{
    const QByteArray bytes = Covers::of(trackPath);
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer);
    if (format.isEmpty())
        return {};
    const QString file =
        QStringLiteral("%1/%2.%3")
            .arg(folder,
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(20)),
                 QString::fromLatin1(format));
    if (QFile::exists(file))
        return file;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return {};
    return file;
}

} // namespace

CoverArtFile::CoverArtFile(QObject* parent) : QObject(parent) {}

CoverArtFile::~CoverArtFile() = default;

QString CoverArtFile::folder()
{
    if (!m_folder) {
        // The runtime folder is private to the user and emptied at logout, so a crash leaves nothing behind
        // for long.
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        const QString base = !runtime.isEmpty() && QDir(runtime).exists() ? runtime : QDir::tempPath();
        m_folder = std::make_unique<QTemporaryDir>(base + QStringLiteral("/soundalike-covers-XXXXXX"));
    }
    return m_folder->isValid() ? m_folder->path() : QString();
}

void CoverArtFile::show(const FilePath& trackPath)
{
    if (trackPath == m_wanted)
        return;
    m_wanted = trackPath;
    setFile({});
    const QString into = folder();
    if (into.isEmpty())
        return;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, trackPath] {
        watcher->deleteLater();
        // A look-up for a track that is no longer playing is dropped (its file goes with the folder).
        if (trackPath == m_wanted)
            setFile(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(writeCover, trackPath, into));
}

void CoverArtFile::clear()
{
    m_wanted.clear();
    setFile({});
}

void CoverArtFile::setFile(const QString& file)
{
    if (file == m_file)
        return;
    if (!m_file.isEmpty())
        QFile::remove(m_file);
    m_file = file;
    emit changed();
}

QUrl CoverArtFile::url() const
{
    return m_file.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_file);
}

} // namespace soundalike
