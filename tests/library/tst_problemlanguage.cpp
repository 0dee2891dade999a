#include "core/common/Reason.h"
#include "core/library/LibraryScanner.h"
#include "tests/support/LibraryWorkspace.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/StoredProblems.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <sqlite3.h>

using namespace soundalike;
using namespace soundalike::test;

// A file that could not be read is listed with its reason long after the scan that found it, maybe in another
// language: the reason reads in the language of whoever shows it, not of the scan.
class TestProblemLanguage : public QObject
{
    Q_OBJECT

    LibraryWorkspace m_workspace;
    QTranslator m_russian;

    QString music(const QString& name) const { return m_workspace.music() + QLatin1Char('/') + name; }
    QString reasonFor(const QString& name) const { return problemReasonFor(m_workspace.db(), music(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_russian.load(QStringLiteral(":/i18n/soundalike_ru")));
        QVERIFY(writeFile(music(QStringLiteral("empty.mp3")), {}));
        QVERIFY(writeFile(music(QStringLiteral("notes.flac")), QByteArray("just some text\n").repeated(50)));
        // Scanned in Russian, as the window does when it speaks Russian.
        QVERIFY(QCoreApplication::installTranslator(&m_russian));
        const ScanReport report = LibraryScanner(m_workspace.db()).scan({m_workspace.music()});
        QCoreApplication::removeTranslator(&m_russian);
        QCOMPARE(report.problems, 2);
    }

    void aReasonStoredInRussianReadsInEnglishWithoutTheTranslator()
    {
        QCOMPARE(reasonFor(QStringLiteral("empty.mp3")), QStringLiteral("empty file (0 bytes)"));
        QCOMPARE(reasonFor(QStringLiteral("notes.flac")),
                 QStringLiteral("not an audio file: its content is in no audio format known here"));
    }

    void theSameReasonReadsInRussianWithIt()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_russian));
        const QString empty = reasonFor(QStringLiteral("empty.mp3"));
        QCoreApplication::removeTranslator(&m_russian);
        QCOMPARE(empty, QStringLiteral("пустой файл (0 байт)"));
    }

    void nestedReasonsAndTheirWordsAreTranslatedApart()
    {
        const Reason inner = Reason(QT_TRANSLATE_NOOP("Reason", "cannot open the file: %1"))
                                 .arg(QStringLiteral("Permission denied"));
        const Reason outer = Reason(QT_TRANSLATE_NOOP("Reason", "cannot analyse the audio: %1")).arg(inner);
        const Reason stored = Reason::fromStored(outer.toStored());
        QCOMPARE(stored, outer);
        QVERIFY(QCoreApplication::installTranslator(&m_russian));
        const QString russian = stored.text();
        QCoreApplication::removeTranslator(&m_russian);
        // The system's own words ("Permission denied") are not ours to translate; they stay as they came.
        QCOMPARE(russian, QStringLiteral("не удаётся проанализировать звук: не удаётся открыть файл: "
                                         "Permission denied"));
        QCOMPARE(stored.text(),
                 QStringLiteral("cannot analyse the audio: cannot open the file: Permission denied"));
    }

    void anArgumentThatLooksLikeAPlaceholderStaysAsItIs()
    {
        const Reason reason = Reason(QT_TRANSLATE_NOOP("Reason", "not a readable %1 file: %2"))
                                  .arg(QStringLiteral("50%2 %1"))
                                  .arg(QStringLiteral("end of file"));
        QCOMPARE(Reason::fromStored(reason.toStored()).text(),
                 QStringLiteral("not a readable 50%2 %1 file: end of file"));
    }

    void aReasonStoredAsPlainTextBeforeReadsAsItWas()
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(m_workspace.db()).constData(), &db), SQLITE_OK);
        const int rc = sqlite3_exec(
            db, "UPDATE problems SET reason = 'пустой файл (0 байт)' WHERE path LIKE '%empty.mp3'", nullptr,
            nullptr, nullptr);
        const int changed = sqlite3_changes(db);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_OK);
        QCOMPARE(changed, 1);
        QCOMPARE(reasonFor(QStringLiteral("empty.mp3")), QStringLiteral("пустой файл (0 байт)"));
        QCOMPARE(Reason::fromStored(QStringLiteral("{not json")).text(), QStringLiteral("{not json"));
    }
};

QTEST_GUILESS_MAIN(TestProblemLanguage)
#include "tst_problemlanguage.moc"
