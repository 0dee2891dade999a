#pragma once

#include <QtGlobal>

namespace soundalike::test {

// A time limit of a test, stretched by SOUNDALIKE_TEST_TIME_SCALE: the sanitizer run (tests/sanitize/run.sh)
// sets it, because its builds run several times slower and a limit sized for a normal build would fail there
// for no fault of the code.
inline int scaledMs(int milliseconds)
{
    bool ok = false;
    const double factor = qEnvironmentVariable("SOUNDALIKE_TEST_TIME_SCALE").toDouble(&ok);
    return ok && factor > 1.0 ? int(milliseconds * factor) : milliseconds;
}

} // namespace soundalike::test
