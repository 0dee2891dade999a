#include "ui/TrackMarks.h"

#include "core/service/TrackCatalog.h"
#include "ui/DuplicateMark.h"

#include <QApplication>
#include <QStyle>

namespace soundalike {

QIcon TrackMarks::failureIcon()
{
    static const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return icon;
}

QVariant TrackMarks::icon(const TrackCatalog& catalog, const Track& track)
{
    if (catalog.analysisFailure(track.id))
        return failureIcon();
    return catalog.copiesOf(track.id).empty() ? QVariant() : QVariant(DuplicateMark::icon());
}

QString TrackMarks::notes(const TrackCatalog& catalog, const Track& track)
{
    QStringList notes;
    if (const Reason* failure = catalog.analysisFailure(track.id))
        notes << tr("Could not be analysed: %1. It plays, but no playlist can match its sound.")
                     .arg(failure->text());
    if (const QString copies = DuplicateMark::tooltip(catalog.copiesOf(track.id)); !copies.isEmpty())
        notes << copies;
    return notes.join(QStringLiteral("\n\n"));
}

QString TrackMarks::tooltip(const TrackCatalog& catalog, const Track& track, const QString& about)
{
    const QString marks = notes(catalog, track);
    return marks.isEmpty() ? about : about + QStringLiteral("\n\n") + marks;
}

} // namespace soundalike
