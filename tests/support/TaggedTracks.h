#pragma once

#include <QString>

namespace soundalike::test {

// Writes `tracks` library-like tracks into the database at `db` (made when missing): ~8 albums per artist,
// ~11 tracks per album, titles of two or three words, one of 16 genres each, the same every time. Ids are
// 1..tracks in a new database. The files do not exist: a rescan would find them all gone.
void writeTaggedTracks(const QString& db, int tracks);
// Gives tracks 1..tracks descriptors of the current version whose summaries cluster like real ones
// (SyntheticLibrary), as an analysis would have stored them.
void writeSyntheticDescriptors(const QString& db, int tracks);

} // namespace soundalike::test
