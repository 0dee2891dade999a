#include "core/service/PolylineStroker.h"

#include <QPainter>
#include <QTest>

using namespace soundalike;

namespace {

constexpr QRgb kBlack = 0xff000000;

QImage blackCanvas(int width = 64, int height = 40)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(kBlack);
    return image;
}

// The stroke's total ink: how much red it put into the image, in pixels of full coverage.
double ink(const QImage& image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            sum += qRed(image.pixel(x, y)) / 255.0;
    }
    return sum;
}

} // namespace

// The Map view's playlist line, drawn straight into the pixels because QPainter's antialiased wide lines cost
// a frame's budget: it must cover what QPainter covers, antialias its edges, join and cap round, blend each
// pixel once, and stay inside the image.
class TestPolylineStroker : public QObject
{
    Q_OBJECT

private slots:
    void coversAWideLineWithSoftEdges()
    {
        QImage image = blackCanvas();
        PolylineStroker(image).stroke(QPolygonF{{10, 20}, {50, 20}}, 5, QColor(255, 0, 0));
        // Rows 18..21 lie wholly within 2.5 px of y = 20 (pixel centres 18.5 .. 21.5): full red.
        for (int y = 18; y <= 21; ++y)
            QCOMPARE(qRed(image.pixel(30, y)), 255);
        // Rows 17 and 22 (centres 17.5 and 22.5, 2.5 px from the axis): on the edge, half covered.
        QVERIFY(qRed(image.pixel(30, 17)) > 64 && qRed(image.pixel(30, 17)) < 192);
        QVERIFY(qRed(image.pixel(30, 22)) > 64 && qRed(image.pixel(30, 22)) < 192);
        // Farther: untouched.
        QCOMPARE(image.pixel(30, 15), kBlack);
        QCOMPARE(image.pixel(30, 25), kBlack);
        // Round caps: 2.5 px beyond the ends on the axis, nothing past that.
        QVERIFY(qRed(image.pixel(8, 19)) > 0);
        QCOMPARE(image.pixel(6, 19), kBlack);
        QCOMPARE(image.pixel(54, 19), kBlack);
    }

    void inksAboutWhatQPainterInks()
    {
        const QPolygonF line{{4.3, 5.1}, {58.7, 33.9}, {20.2, 36.4}, {40.0, 3.3}};
        QImage ours = blackCanvas();
        PolylineStroker(ours).stroke(line, 5, QColor(255, 0, 0));
        QImage qt = blackCanvas();
        {
            QPainter painter(&qt);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(QColor(255, 0, 0), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPolyline(line);
        }
        qInfo("ink %.1f, QPainter %.1f", ink(ours), ink(qt));
        QVERIFY2(std::abs(ink(ours) - ink(qt)) < 0.03 * ink(qt),
                 qPrintable(QStringLiteral("%1 against QPainter's %2").arg(ink(ours)).arg(ink(qt))));
    }

    void blendsEachPixelOnceWhereSegmentsMeet()
    {
        // Half-transparent white over black: a pixel at the corner, under both segments, is as grey as one in
        // the middle of a segment, not lighter.
        QImage image = blackCanvas();
        PolylineStroker(image).stroke(QPolygonF{{10, 10}, {40, 10}, {40, 35}}, 5, QColor(255, 255, 255, 128));
        const int middle = qRed(image.pixel(25, 10));
        QVERIFY(middle > 100 && middle < 156);
        QCOMPARE(qRed(image.pixel(40, 10)), middle);
        QCOMPARE(qRed(image.pixel(39, 11)), middle);
        QCOMPARE(qAlpha(image.pixel(40, 10)), 255);
    }

    void staysInsideTheImage()
    {
        QImage image = blackCanvas(16, 16);
        PolylineStroker stroker(image);
        stroker.stroke(QPolygonF{{-100, 8}, {200, 8}}, 5, QColor(255, 0, 0));
        stroker.stroke(QPolygonF{{-1e6, -1e6}, {1e6, 1e6}}, 3, QColor(255, 0, 0));
        stroker.stroke(QPolygonF{{5, 5}}, 4, QColor(255, 0, 0)); // one point: a dot
        QCOMPARE(qRed(image.pixel(0, 8)), 255);
        QCOMPARE(qRed(image.pixel(15, 8)), 255);
        QCOMPARE(qRed(image.pixel(5, 5)), 255);
        QCOMPARE(image.pixel(15, 0), kBlack);
    }
};

QTEST_MAIN(TestPolylineStroker)
#include "tst_polylinestroker.moc"
