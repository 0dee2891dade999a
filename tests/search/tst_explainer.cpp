#include "core/search/Explainer.h"

#include <QTest>

using namespace soundalike;

// What scripts read (`reasons`) agrees with what people read (the concepts of the why-sentence): a concept
// pools many small dimensions, so ranking single dimensions against the same share left `reasons` empty or
// naming another concept.
class TestExplainer : public QObject
{
    Q_OBJECT

private slots:
    void reasonsNameTheConceptsStrongestDimensions()
    {
        // Brightness from one strong dimension; Harmony from twelve small ones that only count together.
        QStringList names{QStringLiteral("centroid_hz_mean"), QStringLiteral("zcr_mean")};
        for (int i = 0; i < 12; ++i)
            names << QStringLiteral("chroma_%1_mean").arg(i);
        names << QStringLiteral("genre:rock");
        const Explainer explainer(names);
        std::vector<float> seed(std::size_t(names.size()), 0.0f), track(seed.size(), 0.0f);
        seed[0] = track[0] = 0.5f; // 0.25 of the inner product
        for (std::size_t i = 2; i < 14; ++i)
            seed[i] = track[i] = 0.2f + 0.01f * float(i); // 0.04..0.11 each, ~0.8 together
        seed[14] = track[14] = 0.3f;                      // a shared tag: 0.09

        const std::vector<ListenerConcept> concepts = explainer.concepts(seed, track);
        QCOMPARE(concepts,
                 (std::vector<ListenerConcept>{ListenerConcept::Harmony, ListenerConcept::Brightness}));
        const QStringList reasons = explainer.reasons(seed, track);
        QCOMPARE(reasons, (QStringList{QStringLiteral("chroma_11_mean"), QStringLiteral("centroid_hz_mean"),
                                       QStringLiteral("genre:rock")}));
    }

    void dimensionsWithoutAConceptRankByTheirShare()
    {
        const Explainer explainer({QStringLiteral("e0"), QStringLiteral("e1"), QStringLiteral("e2")});
        const std::vector<float> seed{0.1f, 0.6f, 0.3f}, track{0.1f, 0.5f, 0.4f};
        QVERIFY(explainer.concepts(seed, track).empty());
        QCOMPARE(explainer.reasons(seed, track), (QStringList{QStringLiteral("e1"), QStringLiteral("e2")}));
    }
};

QTEST_GUILESS_MAIN(TestExplainer)
#include "tst_explainer.moc"
