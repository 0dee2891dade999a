#include "core/library/LibraryScanner.h"
#include "core/service/PlaylistEvaluation.h"
#include "core/service/jobs/AnalysisJob.h"
#include "core/service/jobs/JobControl.h"
#include "core/storage/Database.h"
#include "core/storage/TrackStore.h"
#include "tests/support/LabelledLibrary.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;

// `eval --playlists` (issue 14): the figures are what docs/quality.md says they are, on a hand case and on
// playlists really generated from a small labelled library.
class PlaylistEvaluationTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static constexpr int kPerGenre = 5;

    // path<TAB>genre<TAB>group, the group being the artist LabelledLibrary gives track i (i % 4).
    QString writeLabels(const test::LabelledLibrary& library, const QString& name, int genres)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        for (int g = 0; g < genres; ++g) {
            for (int i = 0; i < kPerGenre; ++i)
                file.write(QStringLiteral("%1\t%2\tartist %3\n")
                               .arg(library.track(g, i), test::LabelledLibrary::genreName(g))
                               .arg(i % 4)
                               .toUtf8());
        }
        return path;
    }

    static void analyseAll(const QString& db)
    {
        AnalysisOptions options;
        options.threads = 2;
        Database database(db);
        for (const Track& track : TrackStore(database).find(TrackQuery{}))
            options.tracks.push_back(track.id);
        AnalysisJob job(db, options);
        JobControl control;
        job.run(control);
    }

private slots:
    // Picks in order Rock, Rock, Jazz, Rock, unlabelled; 4 Rock tracks left besides the seeds.
    void judgesAHandCase()
    {
        const JudgedPlaylist playlist{QStringLiteral("Rock"),
                                      {1, 2, 3},
                                      10,
                                      4,
                                      {QStringLiteral("Rock"), QStringLiteral("Rock"), QStringLiteral("Jazz"),
                                       QStringLiteral("Rock"), QString()},
                                      {0.9, 0.8, 0.2, 0.7, 0.1}};
        const PlaylistFigures f = PlaylistEvaluation::judge(playlist);
        QCOMPARE(f.agreement, 3.0 / 5);   // 3 of 5 picks are Rock
        QCOMPARE(f.achievable, 3.0 / 4);  // of min(10, 4) Rock tracks that could have been picked
        QCOMPARE(f.transitions, 1.0 / 4); // Rock→Rock only; an unlabelled pick never matches
        QCOMPARE(f.weakPosition, 1.0);    // the bottom quarter (1 pick, similarity 0.1) is last
        QCOMPARE(f.weakOffStyle, 1.0);

        JudgedPlaylist fitted = playlist; // the Jazz pick and the unlabelled one do not fit
        fitted.fits = {1, 1, 0, 1, 0};
        const PlaylistFigures h = PlaylistEvaluation::judge(fitted);
        QCOMPARE(h.fitting, 3.0 / 5);
        QCOMPARE(h.fitOnStyle, 1.0);     // every Rock pick fits
        QCOMPARE(h.fillerOffStyle, 1.0); // neither pick that does not fit is Rock
        QCOMPARE(h.fitsFirst, 0.0);      // a fitting Rock pick follows the Jazz one
        fitted.fits = {1, 1, 1, 0, 0};
        QCOMPARE(PlaylistEvaluation::judge(fitted).fitsFirst, 1.0);
        QCOMPARE(PlaylistEvaluation::judge(fitted).fitOnStyle, 2.0 / 3);

        JudgedPlaylist eight = playlist; // 8 picks: the bottom quarter is 2, at places 1 and 6 of 0..7
        eight.pickStyles = {QStringLiteral("Rock"), QStringLiteral("Jazz"), QStringLiteral("Rock"),
                            QStringLiteral("Rock"), QStringLiteral("Rock"), QStringLiteral("Rock"),
                            QStringLiteral("Rock"), QStringLiteral("Rock")};
        eight.similarities = {0.9, 0.1, 0.8, 0.8, 0.7, 0.7, 0.2, 0.6};
        const PlaylistFigures g = PlaylistEvaluation::judge(eight);
        QCOMPARE(g.weakPosition, (1.0 / 7 + 6.0 / 7) / 2);
        QCOMPARE(g.weakOffStyle, 0.5);
        QCOMPARE(g.transitions, 5.0 / 7);
        QCOMPARE(g.achievable, 7.0 / 4); // more of the style than the labels knew of is above 1, not hidden

        QCOMPARE(PlaylistEvaluation::judge({}).agreement, 0.0);
    }

    // Two genres of 5 tracks: 3 Rock seeds leave 2 Rock and 5 Jazz tracks, so a 10-song playlist holds all 7
    // and its style agreement is 2/7 whatever the order; at 30 every Rock track left is achievable.
    void judgesGeneratedPlaylists()
    {
        const test::LabelledLibrary library(m_dir.filePath(QStringLiteral("music")), 2, kPerGenre, 0);
        QVERIFY(library.write());
        const QString db = m_dir.filePath(QStringLiteral("lib.db"));
        LibraryScanner(db).scan({library.root()});
        analyseAll(db);

        PlaylistEvaluationRequest request;
        request.labelsFile = writeLabels(library, QStringLiteral("labels.tsv"), 2);
        request.setsPerStyle = 2;
        const PlaylistEvaluationReport report = PlaylistEvaluation::run(db, request);
        QCOMPARE(report.tracks, 2 * kPerGenre);
        QCOMPARE(report.styles, 2);
        QCOMPARE(report.playlists, 4);
        QCOMPARE(report.judged.size(), std::size_t(8));
        PlaylistFigures sum10;
        for (const JudgedPlaylist& judged : report.judged) {
            QCOMPARE(judged.styleLeft, kPerGenre - 3);
            QCOMPARE(judged.pickStyles.size(), 2 * kPerGenre - 3);
            QCOMPARE(judged.pickStyles.count(judged.style), kPerGenre - 3);
            QCOMPARE(QSet<std::int64_t>(judged.seeds.begin(), judged.seeds.end()).size(), 3);
            const PlaylistFigures f = PlaylistEvaluation::judge(judged);
            QCOMPARE(f.agreement, 2.0 / 7);
            QCOMPARE(f.achievable, 1.0);
            if (judged.length == 10)
                sum10.transitions += f.transitions / 4;
        }
        QCOMPARE(report.at10.agreement, 2.0 / 7);
        QCOMPARE(report.at30.achievable, 1.0);
        QVERIFY(qAbs(report.at10.transitions - sum10.transitions) < 1e-12);

        // Seeds from a development part only: Jazz alone is drawn from, every track still judges.
        request.seedLabelsFile = m_dir.filePath(QStringLiteral("jazz.tsv"));
        QFile jazz(request.seedLabelsFile);
        QVERIFY(jazz.open(QIODevice::WriteOnly));
        for (int i = 0; i < kPerGenre; ++i)
            jazz.write(QStringLiteral("%1\tJazz\tartist %2\n").arg(library.track(1, i)).arg(i % 4).toUtf8());
        jazz.close();
        const PlaylistEvaluationReport part = PlaylistEvaluation::run(db, request);
        QCOMPARE(part.styles, 1);
        QCOMPARE(part.tracks, 2 * kPerGenre);
        for (const JudgedPlaylist& judged : part.judged)
            QCOMPARE(judged.style, QStringLiteral("Jazz"));
    }

    void saysWhenNoLabelledTrackIsInTheLibrary()
    {
        PlaylistEvaluationRequest request;
        request.labelsFile = m_dir.filePath(QStringLiteral("missing.tsv"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)PlaylistEvaluation::run(
                                                         m_dir.filePath(QStringLiteral("lib.db")), request));
    }
};

QTEST_GUILESS_MAIN(PlaylistEvaluationTest)
#include "tst_playlistevaluation.moc"
