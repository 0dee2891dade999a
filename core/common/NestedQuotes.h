#pragma once

#include <QString>

namespace soundalike {

// A quoted name inside a quoted name, as messages build them ("Back to “Mix from “Song””", «Похожие на «…»»
// inside «…»), written the way each language nests quotes: “…‘…’…” in English, «…„…“…» in Russian. The
// outer quotes stay; only those opened inside an open pair of the same kind change. Unpaired marks are left.
[[nodiscard]] QString nestQuotes(const QString& text);

} // namespace soundalike
