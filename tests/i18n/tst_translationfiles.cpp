#include "tests/i18n/TsFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike::test;

namespace {

const QString kTranslations = QStringLiteral(SOUNDALIKE_SOURCE_DIR "/resources/translations");

// Plural forms per language, as Qt counts them (English: one, other; Russian: one, few, many).
int pluralForms(const QString& language)
{
    if (language == QLatin1String("en"))
        return 2;
    if (language == QLatin1String("ru"))
        return 3;
    return -1;
}

// Runs the script behind the update_translations target on the .ts files in `tsDir`.
QString updateTranslations(const QString& sourceDir, const QString& tsDir)
{
    QProcess process;
    process.start(QStringLiteral(SOUNDALIKE_CMAKE),
                  {QStringLiteral("-DLUPDATE=" SOUNDALIKE_LUPDATE),
                   QStringLiteral("-DSOURCE_DIR=") + sourceDir, QStringLiteral("-DTS_DIR=") + tsDir,
                   QStringLiteral("-P"), QStringLiteral(SOUNDALIKE_UPDATE_TRANSLATIONS)});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput());
    return {};
}

QStringList sources(const TsFile& file, const QSet<QString>& keys)
{
    QStringList out;
    for (const TsFile::Message& m : file.messages()) {
        if (keys.contains(m.key()))
            out << m.context + QStringLiteral(": “") + m.source + QStringLiteral("”");
    }
    return out;
}

// Messages lupdate finds in the code but the committed file lacks (new strings nobody translated yet), and
// messages the file has that the code no longer uses.
struct Drift
{
    QStringList missing;
    QStringList stale;
};

Drift drift(const TsFile& committed, const TsFile& updated)
{
    return {sources(updated, updated.keys() - committed.keys()),
            sources(committed, committed.keys() - updated.keys())};
}

TsFile load(const QString& path)
{
    TsFile file;
    QString error;
    if (!file.read(path, &error))
        qFatal("%s: %s", qPrintable(path), qPrintable(error));
    return file;
}

} // namespace

// The committed translations are complete and current: every message translated with all its placeholders and
// plural forms, and lupdate over today's sources (run on a copy, by the script of the update_translations
// target) finds nothing new and nothing gone. A new tr() string without a translation fails here.
class TestTranslationFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_updated;
    QStringList m_files;

private slots:
    void initTestCase()
    {
        m_files = QDir(kTranslations).entryList({QStringLiteral("soundalike_*.ts")}, QDir::Files);
        QVERIFY(m_files.contains(QStringLiteral("soundalike_ru.ts")));
        QVERIFY(m_files.contains(QStringLiteral("soundalike_en.ts")));
        for (const QString& name : m_files)
            QVERIFY(QFile::copy(kTranslations + QLatin1Char('/') + name, m_updated.filePath(name)));
        const QString error = updateTranslations(QStringLiteral(SOUNDALIKE_SOURCE_DIR), m_updated.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void filesAreComplete_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : m_files)
            QTest::newRow(qPrintable(name)) << name;
    }

    void filesAreComplete()
    {
        QFETCH(QString, name);
        const TsFile file = load(kTranslations + QLatin1Char('/') + name);
        QVERIFY(!file.messages().isEmpty());
        const int forms = pluralForms(file.language());
        QVERIFY2(
            forms > 0,
            qPrintable(QStringLiteral("add the plural form count of %1 to this test").arg(file.language())));
        const QStringList problems = file.problems(forms);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void filesMatchTheSources_data() { filesAreComplete_data(); }

    void filesMatchTheSources()
    {
        QFETCH(QString, name);
        const Drift found =
            drift(load(kTranslations + QLatin1Char('/') + name), load(m_updated.filePath(name)));
        const QString hint =
            QStringLiteral("\nRun `cmake --build build --target update_translations`, translate, "
                           "see docs/translations.md.");
        QVERIFY2(found.missing.isEmpty(), qPrintable(QStringLiteral("Not in %1:\n").arg(name) +
                                                     found.missing.join(QLatin1Char('\n')) + hint));
        QVERIFY2(found.stale.isEmpty(), qPrintable(QStringLiteral("No longer in the code:\n") +
                                                   found.stale.join(QLatin1Char('\n')) + hint));
    }

    // The check itself: a string added to the code shows up as missing, the ones it no longer has as stale.
    void aNewStringIsCaught()
    {
        QTemporaryDir tree;
        for (const char* folder : {"ui", "app/gui", "core"})
            QVERIFY(QDir().mkpath(tree.filePath(QLatin1String(folder))));
        QFile code(tree.filePath(QStringLiteral("ui/Fresh.cpp")));
        QVERIFY(code.open(QIODevice::WriteOnly));
        code.write("#include <QObject>\nclass Fresh : public QObject {\n    Q_OBJECT\n"
                   "    QString text() { return tr(\"A string nobody translated\"); }\n};\n");
        code.close();
        const QString ru = tree.filePath(QStringLiteral("soundalike_ru.ts"));
        QVERIFY(QFile::copy(kTranslations + QStringLiteral("/soundalike_ru.ts"), ru));
        const QString error = updateTranslations(tree.path(), tree.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const TsFile committed = load(kTranslations + QStringLiteral("/soundalike_ru.ts"));
        const TsFile updated = load(ru);
        const Drift found = drift(committed, updated);
        QCOMPARE(found.missing, QStringList{QStringLiteral("Fresh: “A string nobody translated”")});
        QCOMPARE(found.stale.size(), committed.messages().size());
        QCOMPARE(updated.problems(3),
                 QStringList{QStringLiteral("Fresh: “A string nobody translated”: unfinished")});
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
