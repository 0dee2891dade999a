#include "core/service/EtaEstimator.h"

#include <QTest>

using namespace soundalike;

class TestEtaEstimator : public QObject
{
    Q_OBJECT

private slots:
    void saysNothingUntilItHasSeenASecondOfProgress()
    {
        EtaEstimator eta;
        QVERIFY(!eta.update(0, 100, 0));
        QVERIFY(!eta.update(5, 100, 500));
    }

    void extrapolatesTheAverageRate()
    {
        EtaEstimator eta;
        eta.update(0, 100, 0);
        // 10 items in 2 s: 90 more take 18 s.
        QCOMPARE(eta.update(10, 100, 2000), std::optional<qint64>(18000));
        // A slow stretch lowers the average without making the estimate jump wildly.
        QCOMPARE(eta.update(20, 100, 6000), std::optional<qint64>(24000));
    }

    void measuresFromTheFirstReportNotFromStart()
    {
        EtaEstimator eta;
        eta.update(50, 100, 30000); // a long walk before the first file was read
        QCOMPARE(eta.update(60, 100, 31000), std::optional<qint64>(4000));
    }

    void isZeroWhenDone()
    {
        EtaEstimator eta;
        eta.update(0, 10, 0);
        QCOMPARE(eta.update(10, 10, 100), std::optional<qint64>(0));
    }
};

QTEST_GUILESS_MAIN(TestEtaEstimator)
#include "tst_etaestimator.moc"
