#pragma once

#include "core/common/Track.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QVariant>

namespace soundalike {

class TrackCatalog;

// What the library's views mark beside a track's title, in one place for the table and the tree: a track the
// analysis could not read (a file cut short or damaged), with a warning sign and why, and a track the library
// holds more than once (DuplicateMark). The warning wins the icon; the tooltip tells both.
class TrackMarks
{
    Q_DECLARE_TR_FUNCTIONS(TrackMarks)

public:
    // The sign of a track the analysis could not read: the style's warning.
    [[nodiscard]] static QIcon failureIcon();
    // An icon for the title cell, or null.
    [[nodiscard]] static QVariant icon(const TrackCatalog& catalog, const Track& track);
    // Paragraphs to go under the track's own tooltip; empty when there is nothing to mark.
    [[nodiscard]] static QString notes(const TrackCatalog& catalog, const Track& track);
    // The tooltip `about` with the notes, if any, under it.
    [[nodiscard]] static QString tooltip(const TrackCatalog& catalog, const Track& track,
                                         const QString& about);
};

} // namespace soundalike
