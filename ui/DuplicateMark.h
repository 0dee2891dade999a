#pragma once

#include "core/common/Track.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <vector>

namespace soundalike {

// How the library table marks a track the library holds more than once (one recording under other names,
// tags or bitrates): a small icon of two overlapping sheets beside its title, and the other copies in its
// tooltip.
class DuplicateMark
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateMark)

public:
    [[nodiscard]] static QIcon icon();
    // A paragraph naming the other copies, to go under the track's own tooltip; empty when there are none.
    [[nodiscard]] static QString tooltip(const std::vector<const Track*>& copies);
};

} // namespace soundalike
