#include "app/cli/Counted.h"

namespace soundalike {

QString counted(long long n, const char* noun)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1StringView(noun)).arg(n == 1 ? "" : "s");
}

} // namespace soundalike
