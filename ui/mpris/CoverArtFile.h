#pragma once

#include "core/common/Track.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace soundalike {

// The playing track's cover as an image file other programs can open: MPRIS hands desktop widgets a file://
// URL, and the cover is often only embedded in the mp3. Found and written on a worker thread into a private
// folder that goes away with the app; only the current cover is kept.
class CoverArtFile : public QObject
{
    Q_OBJECT

public:
    explicit CoverArtFile(QObject* parent = nullptr);
    ~CoverArtFile() override;

    // Starts looking for the cover of `trackPath`; until changed() the URL is empty.
    void show(const FilePath& trackPath);
    void clear();
    // A file:// URL, or empty when the track has no cover (or it is still being looked for).
    QUrl url() const;

signals:
    void changed();

private:
    void setFile(const QString& file);
    QString folder();

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_file;
    FilePath m_wanted;
};

} // namespace soundalike
