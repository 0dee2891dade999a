#pragma once

namespace soundalike {
class MainWindow;
}

namespace soundalike::test {

// Waits until a freshly opened window's background work is over: the first scan, the analysis of its new
// tracks and, when a model is due, its training. Call before the event loop has run for the window, or the
// analysis may have ended unseen. A QTest failure inside marks the calling test failed.
void waitUntilSettled(MainWindow& window);

} // namespace soundalike::test
