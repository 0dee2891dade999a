#pragma once

#include "core/common/FilePath.h"

#include <QObject>
#include <QString>

namespace soundalike {

// The playing track's lyrics as plain text, for MPRIS's xesam:asText (desktop widgets show it as it is, so
// synced lyrics lose their times). Read on a worker thread, as the Lyrics tab reads them.
class LyricsText : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts reading the lyrics of `trackPath` (none: no track); until changed() the text is empty.
    void show(const FilePath& trackPath);
    // Empty when the track has none (or they are still being read).
    const QString& text() const { return m_text; }

signals:
    void changed();

private:
    void setText(const QString& text);

    QString m_text;
    FilePath m_wanted;
};

} // namespace soundalike
