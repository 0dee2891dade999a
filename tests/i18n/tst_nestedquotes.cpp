#include "core/common/NestedQuotes.h"

#include <QTest>

using namespace soundalike;

// Quotes inside quotes, as the window's messages nest a playlist's name that quotes a song.
class TestNestedQuotes : public QObject
{
    Q_OBJECT

private slots:
    void innerQuotesTakeEachLanguagesInnerMarks()
    {
        QCOMPARE(nestQuotes(QStringLiteral("Back to “Mix from “Song””")),
                 QStringLiteral("Back to “Mix from ‘Song’”"));
        QCOMPARE(nestQuotes(QStringLiteral("Назад к плейлисту «Похожие на «Песня» и ещё 2»")),
                 QStringLiteral("Назад к плейлисту «Похожие на „Песня“ и ещё 2»"));
        // Deeper still: each level inside the first is an inner one.
        QCOMPARE(nestQuotes(QStringLiteral("«a «b «c» b» a»")), QStringLiteral("«a „b „c“ b“ a»"));
    }

    void pairsSideBySideAndOtherTextStayAsTheyAre()
    {
        const QString sideBySide = QStringLiteral("“One” and “Two”, «Раз» и «Два»");
        QCOMPARE(nestQuotes(sideBySide), sideBySide);
        const QString plain = QStringLiteral("Don't \"stop\" — it's ‘fine’");
        QCOMPARE(nestQuotes(plain), plain);
        // A mark without its pair (a song title holding one) changes nothing around it.
        QCOMPARE(nestQuotes(QStringLiteral("Skipped “12” Mix”: gone")),
                 QStringLiteral("Skipped “12” Mix”: gone"));
        QCOMPARE(nestQuotes(QStringLiteral("«Title « half»")), QStringLiteral("«Title „ half“"));
    }

    void nestingTwiceChangesNothingMore()
    {
        const QString once = nestQuotes(QStringLiteral("«Похожие на «Песня»» and “Mix from “Song””"));
        QCOMPARE(nestQuotes(once), once);
    }
};

QTEST_GUILESS_MAIN(TestNestedQuotes)
#include "tst_nestedquotes.moc"
