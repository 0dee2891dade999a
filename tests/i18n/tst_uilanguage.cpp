#include "core/common/Track.h"
#include "core/playback/PlaylistHistory.h"
#include "core/service/Library.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/Settings.h"
#include "tests/ui/ScannedDemoLibrary.h"
#include "ui/ArtistText.h"
#include "ui/GenerateControls.h"
#include "ui/LibraryTreeModel.h"
#include "ui/LibraryView.h"
#include "ui/MainWindow.h"
#include "ui/PlaylistModel.h"
#include "ui/PlaylistView.h"
#include "ui/SeedList.h"
#include "ui/SettingsDialog.h"
#include "ui/StatusProgress.h"
#include "ui/UiLanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace soundalike;
using namespace soundalike::test;

// The window speaks the language chosen in the settings, else the system's: Russian for LANG=ru_RU.UTF-8
// (this test's environment, set in main() below), English for an English locale and by default.
class TestUiLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScannedDemoLibrary m_scanned;
    int m_configs = 0;

    using Files = ScannedDemoLibrary::Copy;
    // A copy of the scanned demo library, and settings that keep the window from rescanning it.
    Files freshFiles(const QString& language)
    {
        const Files files = m_scanned.freshCopy();
        Settings settings(files.settings);
        settings.setRescanOnStart(false);
        settings.setLanguage(language);
        settings.sync();
        return files;
    }

    // What app/gui/main.cpp does: the language from the settings file, else from `system`.
    static QString startLanguage(const QString& settingsFile, const QLocale& system)
    {
        return UiLanguage::choose(Settings(settingsFile).language(), system);
    }

    static QStringList menuTitles(MainWindow& window)
    {
        QStringList titles;
        for (const QAction* action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

    static QStringList headers(const QAbstractItemModel& model)
    {
        QStringList titles;
        for (int column = 0; column < model.columnCount(); ++column)
            titles << model.headerData(column, Qt::Horizontal).toString();
        return titles;
    }

    // The seed pane's count after adding the first `n` demo tracks as seeds.
    static QString seedCount(MainWindow& window, int n)
    {
        std::vector<std::int64_t> ids;
        const auto catalog = window.library().catalog();
        for (int i = 0; i < n; ++i)
            ids.push_back(catalog->at(i).id);
        window.seedList()->setSeeds(ids);
        return window.seedList()->findChild<QLabel*>(QStringLiteral("seedCount"))->text();
    }

    static QString albumToolTip(MainWindow& window)
    {
        LibraryTreeModel& tree = window.libraryView()->treeModel();
        return tree.index(0, 0, tree.index(0, 0)).data(Qt::ToolTipRole).toString();
    }

    static void open(MainWindow& window)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.library().isOpen());
        QTRY_VERIFY(window.library().catalog()->size() >= 21); // seedCount() takes up to 21
    }

    // `soundalike --help` as a user's session runs it: its language comes from the settings file under
    // XDG_CONFIG_HOME and from LANG, and its translations are built into the binary.
    QString helpText(const QString& lang, const QString& setting)
    {
        const QString config = m_dir.filePath(QStringLiteral("config%1").arg(++m_configs));
        Settings(config + QStringLiteral("/soundalike/soundalike.conf")).setLanguage(setting);
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(SOUNDALIKE_APP), {QStringLiteral("--help")});
        if (!app.waitForFinished(30000) || app.exitCode() != 0)
            return QStringLiteral("failed: ") + QString::fromLocal8Bit(app.readAllStandardError());
        return QString::fromUtf8(app.readAllStandardOutput());
    }

private slots:
    void initTestCase() { QVERIFY(m_scanned.prepare(m_dir.filePath(QStringLiteral("scanned")))); }

    void choosesTheLanguage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English system") << QString() << "en_US"
                                        << "en";
        QTest::newRow("Russian system") << QString() << "ru_RU"
                                        << "ru";
        QTest::newRow("Russian in Ukraine") << QString() << "ru_UA"
                                            << "ru";
        QTest::newRow("untranslated language") << QString() << "de_DE"
                                               << "en";
        QTest::newRow("English chosen") << "en"
                                        << "ru_RU"
                                        << "en";
        QTest::newRow("Russian chosen") << "ru"
                                        << "en_US"
                                        << "ru";
        QTest::newRow("unknown setting") << "xx"
                                         << "ru_RU"
                                         << "ru";
    }

    void choosesTheLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(UiLanguage::choose(setting, QLocale(system)), expected);
    }

    void langEnvironmentMeansRussian()
    {
        QCOMPARE(QLocale::system().language(), QLocale::Russian);
        QCOMPARE(UiLanguage::choose(QString(), QLocale::system()), QStringLiteral("ru"));
    }

    void theSettingIsKept()
    {
        const QString file = m_dir.filePath(QStringLiteral("kept.conf"));
        QCOMPARE(Settings(file).language(), QString());
        {
            Settings settings(file);
            settings.setLanguage(QStringLiteral("ru"));
        }
        QCOMPARE(Settings(file).language(), QStringLiteral("ru"));
    }

    void windowInRussian_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<bool>("englishSystem");
        QTest::newRow("chosen in the settings, English system") << "ru" << true;
        QTest::newRow("system default, LANG=ru_RU.UTF-8") << QString() << false;
    }

    void windowInRussian()
    {
        QFETCH(QString, setting);
        QFETCH(bool, englishSystem);
        const Files files = freshFiles(setting);
        const UiLanguage language(startLanguage(
            files.settings, englishSystem ? QLocale(QStringLiteral("en_US")) : QLocale::system()));
        QCOMPARE(language.language(), QStringLiteral("ru"));

        MainWindow window(files.db, files.settings);
        open(window);
        QCOMPARE(menuTitles(window),
                 (QStringList{QStringLiteral("&Файл"), QStringLiteral("&Правка"),
                              QStringLiteral("&Воспроизведение"), QStringLiteral("&Справка")}));
        QCOMPARE(window.generateControls()->generateButton()->text(), QStringLiteral("Сгенерировать"));
        QCOMPARE(headers(*window.libraryView()->table()->model()).mid(0, 3),
                 (QStringList{QStringLiteral("Название"), QStringLiteral("Исполнитель"),
                              QStringLiteral("Альбом")}));
        QVERIFY(headers(window.playlistView()->model()).contains(QStringLiteral("Сходство")));
        QCOMPARE(albumToolTip(window), QStringLiteral("4 трека"));
        // Stored in English for tracks that name no artist, shown in the user's language.
        QCOMPARE(artistText(unknownArtist()), QStringLiteral("Неизвестный исполнитель"));

        // Russian has three plural forms: 1 (and 21), 2–4, and 5–20 (and 0). Seeds and playlists count songs
        // ("песни"), as the generator's notes do; "треки" are the library's.
        QCOMPARE(seedCount(window, 1), QStringLiteral("1 песня"));
        QCOMPARE(seedCount(window, 3), QStringLiteral("3 песни"));
        QCOMPARE(seedCount(window, 5), QStringLiteral("5 песен"));
        QCOMPARE(seedCount(window, 21), QStringLiteral("21 песня"));
        QCOMPARE(seedCount(window, 12), QStringLiteral("12 песен"));
        auto* length = window.generateControls()->findChild<QSpinBox*>(QStringLiteral("length"));
        length->setValue(22);
        QCOMPARE(window.generateControls()->findChild<QComboBox*>()->itemText(0), QStringLiteral("песни"));
        length->setValue(25);
        QCOMPARE(window.generateControls()->findChild<QComboBox*>()->itemText(0), QStringLiteral("песен"));
        // The order box is kept narrower than "Путь от первого образца к последнему": its tooltip says it
        // whole.
        auto* order = window.generateControls()->findChild<QComboBox*>(QStringLiteral("order"));
        const int chosen = order->currentIndex();
        order->setCurrentIndex(order->count() - 1);
        QCOMPARE(order->toolTip(), QStringLiteral("Путь от первого образца к последнему"));
        order->setCurrentIndex(chosen);

        // A generated list is named for what it is like: "Подборка от «…»" read as made by someone.
        const Track first = window.library().catalog()->at(0);
        window.seedList()->setSeeds({first.id});
        QSignalSpy generated(&window.builder(), &PlaylistBuilder::finished);
        window.generate();
        QVERIFY(generated.wait(30000));
        QTRY_COMPARE(window.history().origin().title, QStringLiteral("Похожие на «%1»").arg(first.title));
    }

    void progressCountsInRussian()
    {
        const UiLanguage language(QStringLiteral("ru"));
        using Unit = StatusProgress::Unit;
        // "из" takes the genitive: из 1 (21) эпохи, из 2 (5) эпох.
        QCOMPARE(StatusProgress::countText(3, 40, Unit::Epochs), QStringLiteral("3 из 40 эпох"));
        QCOMPARE(StatusProgress::countText(7, 21, Unit::Epochs), QStringLiteral("7 из 21 эпохи"));
        QCOMPARE(StatusProgress::countText(1, 3, Unit::Epochs), QStringLiteral("1 из 3 эпох"));
        QCOMPARE(StatusProgress::countText(2, 0, Unit::Tracks), QStringLiteral("найдено 2 трека"));
    }

    void englishForAnEnglishSystem()
    {
        const Files files = freshFiles(QString());
        const UiLanguage language(startLanguage(files.settings, QLocale(QStringLiteral("en_US"))));
        QCOMPARE(language.language(), QStringLiteral("en"));

        MainWindow window(files.db, files.settings);
        open(window);
        QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                                  QStringLiteral("&Playback"), QStringLiteral("&Help")}));
        QCOMPARE(window.generateControls()->generateButton()->text(), QStringLiteral("Generate"));
        QCOMPARE(headers(*window.libraryView()->table()->model()).mid(0, 3),
                 (QStringList{QStringLiteral("Title"), QStringLiteral("Artist"), QStringLiteral("Album")}));
        QCOMPARE(albumToolTip(window), QStringLiteral("4 tracks"));
        QCOMPARE(seedCount(window, 1), QStringLiteral("1 song"));
        QCOMPARE(seedCount(window, 3), QStringLiteral("3 songs"));
        QCOMPARE(seedCount(window, 5), QStringLiteral("5 songs"));
    }

    void theApplicationStartsInTheChosenLanguage()
    {
        const QString russian = QStringLiteral("База данных библиотеки, которую нужно открыть.");
        const QString english = QStringLiteral("Library database to open.");
        QVERIFY2(helpText(QStringLiteral("ru_RU.UTF-8"), QString()).contains(russian),
                 qPrintable(helpText(QStringLiteral("ru_RU.UTF-8"), QString())));
        QVERIFY(helpText(QStringLiteral("en_US.UTF-8"), QString()).contains(english));
        QVERIFY(helpText(QStringLiteral("en_US.UTF-8"), QStringLiteral("ru")).contains(russian));
        QVERIFY(helpText(QStringLiteral("ru_RU.UTF-8"), QStringLiteral("en")).contains(english));
    }

    void settingsDialogOffersTheLanguages()
    {
        const Files files = freshFiles(QString());
        const UiLanguage language(QStringLiteral("ru"));
        MainWindow window(files.db, files.settings);
        open(window);
        SettingsDialog dialog(window.application());
        auto* box = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        QVERIFY(box);
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->itemText(0), QStringLiteral("Как в системе (Русский)"));
        QCOMPARE(box->itemText(1), QStringLiteral("English"));
        QCOMPARE(box->itemText(2), QStringLiteral("Русский"));
        QCOMPARE(box->currentIndex(), 0);
        box->setCurrentIndex(1);
        dialog.apply();
        QCOMPARE(window.settings().language(), QStringLiteral("en"));
    }
};

int main(int argc, char* argv[])
{
    // Before Qt reads the locale: the system speaks Russian the way a desktop session says so.
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LANGUAGE");
    qputenv("LANG", "ru_RU.UTF-8");
    QApplication app(argc, argv);
    TestUiLanguage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_uilanguage.moc"
