#include "ui/StatusText.h"

#include <QTest>

using namespace soundalike;

// The status bar's one line: a long list is cut to its first few, and notes read as sentences (they were
// joined with "; " after their own full stops: "…the one before.; Artist gap lowered…").
class TestStatusText : public QObject
{
    Q_OBJECT

private slots:
    void aLongListNamesItsFirstThree()
    {
        QCOMPARE(StatusText::firstFew({}), QString());
        QCOMPARE(StatusText::firstFew({QStringLiteral("a"), QStringLiteral("b")}), QStringLiteral("a; b"));
        QCOMPARE(StatusText::firstFew({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                       QStringLiteral("d"), QStringLiteral("e")}),
                 QStringLiteral("a; b; c and 2 more"));
    }

    void notesReadAsSentences()
    {
        QCOMPARE(StatusText::sentences({QStringLiteral("The new playlist plays after this song."),
                                        QStringLiteral("Artist gap lowered from 5 to 2 "), QStringLiteral(""),
                                        QStringLiteral("Only 12 songs fit…")}),
                 QStringLiteral("The new playlist plays after this song. Artist gap lowered from 5 to 2. "
                                "Only 12 songs fit…"));
    }
};

QTEST_GUILESS_MAIN(TestStatusText)
#include "tst_statustext.moc"
