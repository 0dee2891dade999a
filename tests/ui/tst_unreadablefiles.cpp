#include "core/library/LibraryScanner.h"
#include "tests/support/LibraryWorkspace.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/ui/LibraryStack.h"
#include "tests/ui/Mnemonics.h"
#include "ui/UnreadableFilesDialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <fcntl.h>
#include <sys/stat.h>

using namespace soundalike;
using namespace soundalike::test;

namespace {

// Overwrites a file with zeros of its size and gives it back its modification time: to the scanner it is
// unchanged, to the analysis it holds no audio.
bool breakKeepingStamp(const QString& path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(int(st.st_size), '\0')) != st.st_size)
        return false;
    file.close();
    const timespec times[2] = {st.st_atim, st.st_mtim};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

} // namespace

// File ▸ Unreadable Files: what the status bar's "could not be read" counts, file by file, with the reason in
// the window's language whatever language found it; a file read at last leaves the list on a rescan.
class TestUnreadableFiles : public QObject
{
    Q_OBJECT

    LibraryWorkspace m_workspace;
    QTranslator m_russian;

    QString music(const QString& name) const { return m_workspace.music() + QLatin1Char('/') + name; }

    static QString reasonOf(const QTreeWidget& list, const QString& name)
    {
        for (int i = 0; i < list.topLevelItemCount(); ++i) {
            if (list.topLevelItem(i)->text(0).endsWith(QLatin1Char('/') + name))
                return list.topLevelItem(i)->text(1);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_russian.load(QStringLiteral(":/i18n/soundalike_ru")));
        QVERIFY(writeMp3(music(QStringLiteral("good.mp3")), {AudioSpec::Wave::Sine, 4.0}));
        QVERIFY(writeMp3(music(QStringLiteral("broken.mp3")), {AudioSpec::Wave::Clicks, 4.0}));
        QVERIFY(writeFile(music(QStringLiteral("empty.mp3")), {}));
        QVERIFY(writeFile(music(QStringLiteral("notes.flac")), QByteArray("just some text\n").repeated(50)));
        // Found by a scan in English, as the command line runs it.
        QCOMPARE(LibraryScanner(m_workspace.db()).scan({m_workspace.music()}).problems, 2);
        QVERIFY(breakKeepingStamp(music(QStringLiteral("broken.mp3"))));
    }

    void listsEachFileWithItsReasonInTheWindowsLanguage()
    {
        LibraryStack stack(m_workspace.db());
        LibraryPipeline::Policy policy;
        policy.analyseAfterScan = false;
        policy.trainWhenDue = false;
        stack.pipeline().setPolicy(policy);
        QSignalSpy analysed(&stack.pipeline(), &LibraryPipeline::analysisFinished);
        stack.pipeline().analyse();
        QVERIFY(analysed.wait(60000));

        QVERIFY(QCoreApplication::installTranslator(&m_russian));
        UnreadableFilesDialog dialog(m_workspace.db(), stack.pipeline());
        QSignalSpy shown(&dialog, &UnreadableFilesDialog::shown);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The list may land while the window is still being exposed.
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        QCOMPARE(shown.takeLast().at(0).toInt(), 3);

        auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("unreadableFiles"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(reasonOf(*list, QStringLiteral("empty.mp3")), QStringLiteral("пустой файл (0 байт)"));
        QCOMPARE(
            reasonOf(*list, QStringLiteral("notes.flac")),
            QStringLiteral("это не аудиофайл: его содержимое не соответствует ни одному известному формату"));
        const QString broken = reasonOf(*list, QStringLiteral("broken.mp3"));
        QVERIFY2(broken.startsWith(QStringLiteral("не удаётся проанализировать звук: ")), qPrintable(broken));
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
            return label->text().startsWith(QStringLiteral("3 файла не удалось прочитать"));
        }));
        // "Открыть содержащую &папку" and "&Пересканировать" shared Alt+П.
        const QStringList clashes = windowMnemonicClashes(dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String("; "))));

        // The listener puts a real song where the empty file was and rescans from the list.
        QVERIFY(writeMp3(music(QStringLiteral("empty.mp3")), {AudioSpec::Wave::Sine, 5.0}));
        auto* rescan = dialog.findChild<QPushButton*>(QStringLiteral("rescan"));
        QVERIFY(rescan);
        QTest::mouseClick(rescan, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 2, 30000);
        QVERIFY(reasonOf(*list, QStringLiteral("empty.mp3")).isEmpty());
        QCoreApplication::removeTranslator(&m_russian);
    }
};

QTEST_MAIN(TestUnreadableFiles)
#include "tst_unreadablefiles.moc"
