#include "tests/ui/WindowSettling.h"

#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "ui/MainWindow.h"

#include <QSignalSpy>
#include <QTest>

namespace soundalike::test {

void waitUntilSettled(MainWindow& window)
{
    QSignalSpy analysed(&window.pipeline(), &LibraryPipeline::analysisFinished);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.library().isOpen());
    // The scan is followed by the background analysis of its new tracks, and that by training when a model
    // is due; each is a job of the queue, which is idle once they are all done.
    QTRY_VERIFY_WITH_TIMEOUT(!analysed.isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.jobs().isIdle(), 60000);
}

} // namespace soundalike::test
