#include "tests/ui/WindowSettling.h"

#include "core/service/AudioAnalysis.h"
#include "core/service/Library.h"
#include "core/service/ModelTraining.h"
#include "ui/MainWindow.h"

#include <QSignalSpy>
#include <QTest>

namespace soundalike::test {

void waitUntilSettled(MainWindow& window)
{
    QSignalSpy analysed(&window.analysis(), &AudioAnalysis::finished);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.library().isOpen());
    // The scan is followed by the background analysis of its new tracks, and that by training when a model
    // is due; each reports when it ends.
    QTRY_VERIFY_WITH_TIMEOUT(!analysed.isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.training().isRunning(), 60000);
}

} // namespace soundalike::test
