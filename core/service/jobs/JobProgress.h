#pragma once

#include <QMetaType>
#include <QString>

namespace soundalike {

// How far a job is, in the one shape every front end can show (the status bar, a terminal line).
struct JobProgress
{
    enum class Unit
    {
        Files,
        Tracks,
        Epochs,
        Percent, // done of total 100: work with no countable items (a map layout)
    };

    int done = 0;
    int total = 0; // 0: not known yet (a scan still looking for files)
    Unit unit = Unit::Tracks;
    QString item; // the file or track in hand, for a person to read
};

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::JobProgress)
