#include "core/library/LibraryScanner.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/Library.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/Settings.h"
#include "tests/support/AudioFixture.h"
#include "tests/support/PlaybackBackend.h"
#include "tests/ui/WindowSettling.h"
#include "ui/GenerateControls.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryView.h"
#include "ui/MainWindow.h"
#include "ui/PlaylistFileActions.h"
#include "ui/SeedList.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// Issue 16's "done when", as a listener meets it: a library of every supported format side by side is
// browsable, analysed, grows playlists from seeds of any formats in any mix, plays each format through the
// real player, and exports the mix to M3U.
class TestMixedLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_music;
    int m_songs = 0;

    static constexpr int kSongsPerFormat = 3;

    static QString pathText(const FilePath& path)
    {
        return QFile::decodeName(QByteArray::fromStdString(path));
    }

    std::vector<std::int64_t> idsWithSuffix(MainWindow& window, const QString& suffix) const
    {
        std::vector<std::int64_t> found;
        const auto catalog = window.library().catalog();
        for (int i = 0; i < catalog->size(); ++i) {
            if (pathText(catalog->at(i).path).endsWith(suffix))
                found.push_back(catalog->at(i).id);
        }
        return found;
    }

    static QSet<QString> suffixesOf(const std::vector<PlaylistEntry>& entries)
    {
        QSet<QString> suffixes;
        for (const PlaylistEntry& entry : entries)
            suffixes.insert(QFileInfo(pathText(entry.track.path)).suffix());
        return suffixes;
    }

    static bool playsRow(MainWindow& window, int row)
    {
        Player& player = window.player();
        player.playRow(row);
        const FilePath path = window.playlist().at(row).track.path;
        // Time for LoadWatch to open a track again that GStreamer left loading (issue 16's AIFF); a track
        // given up is passed over, so the one playing must be this row's.
        if (!QTest::qWaitFor([&] { return player.isPlaying() && player.position() > 300; },
                             LoadWatch::kLongestMs + 6000) ||
            !player.track() || player.track()->path != path)
            return false;
        const qint64 first = player.position();
        return QTest::qWaitFor([&] { return player.position() > first; }, 5000);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("QT_MEDIA_BACKEND").isEmpty())
            qputenv("QT_MEDIA_BACKEND", "gstreamer");
        m_music = m_dir.filePath(QStringLiteral("Music"));
        for (const Encoding encoding : supportedEncodings()) {
            for (int i = 0; i < kSongsPerFormat; ++i) {
                AudioSpec spec;
                spec.wave = AudioSpec::Wave::Music;
                spec.seconds = 6.0;
                spec.frequency = 110.0 * (1 + (m_songs % 5));
                spec.bpm = 90 + 10 * (m_songs % 6);
                spec.seed = unsigned(m_songs + 1);
                const QString name = QStringLiteral("%1 %2").arg(nameOf(encoding)).arg(i + 1);
                const QString path =
                    QStringLiteral("%1/%2/%3.%4").arg(m_music, nameOf(encoding), name, extensionOf(encoding));
                QVERIFY2(writeAudio(path, encoding, spec,
                                    songTags(name, QStringLiteral("Band ") + nameOf(encoding))),
                         qPrintable(path));
                ++m_songs;
            }
        }
    }

    void everyFormatIsBrowsedPlayedAndMixedInPlaylists()
    {
        const QString db = m_dir.filePath(QStringLiteral("library.db"));
        const QString settingsFile = m_dir.filePath(QStringLiteral("settings.conf"));
        QCOMPARE(LibraryScanner(db).scan(QStringList{m_music}).added, m_songs);
        {
            Settings settings(settingsFile);
            ModelOptions options;
            options.trainAutomatically = false;
            settings.setModelOptions(options);
        }
        MainWindow window(db, settingsFile);
        window.show();
        waitUntilSettled(window);

        // Browsable: every song of every format is in the library's table.
        QCOMPARE(window.library().catalog()->size(), m_songs);
        QTRY_COMPARE(window.libraryView()->tableModel().matchCount(), m_songs);

        // Seeds in two formats; the playlist grows from every format the library holds, not only theirs.
        const auto flac = idsWithSuffix(window, QStringLiteral(".flac"));
        const auto opus = idsWithSuffix(window, QStringLiteral(".opus"));
        QCOMPARE(int(flac.size()), kSongsPerFormat);
        QCOMPARE(int(opus.size()), kSongsPerFormat);
        window.seedList()->addTracks({flac.front(), opus.front()});
        QSignalSpy finished(&window.builder(), &PlaylistBuilder::finished);
        window.generate();
        QVERIFY(finished.wait(20000));
        const auto result = finished.at(0).at(0).value<PlaylistResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const int length = window.generateControls()->findChild<QSpinBox*>(QStringLiteral("length"))->value();
        QCOMPARE(int(result.entries.size()), std::min(length, m_songs - 2));
        const QSet<QString> formats = suffixesOf(result.entries);
        QVERIFY2(formats.size() >= 5, qPrintable(QStringList(formats.begin(), formats.end()).join(',')));

        // Played: one song of each format through the real player, its position moving.
        QTRY_COMPARE(window.playlist().size(), int(result.entries.size()));
        QSet<QString> played;
        for (int row = 0; row < window.playlist().size(); ++row) {
            const QString suffix = QFileInfo(pathText(window.playlist().at(row).track.path)).suffix();
            if (played.contains(suffix))
                continue;
            QVERIFY2(playsRow(window, row), qPrintable(pathText(window.playlist().at(row).track.path)));
            played.insert(suffix);
        }
        window.player().stop();
        QCOMPARE(played, formats);

        // Exported: the M3U lists every song of the playlist, whatever its format.
        const QString m3u = m_dir.filePath(QStringLiteral("mix.m3u"));
        QSignalSpy exported(window.playlistFiles(), &PlaylistFileActions::message);
        window.playlistFiles()->exportTo(m3u, true);
        QVERIFY(exported.wait(10000));
        QFile file(m3u);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const PlaylistEntry& entry : result.entries)
            QVERIFY2(text.contains(pathText(entry.track.path)), qPrintable(pathText(entry.track.path)));
    }
};

QTEST_MAIN(TestMixedLibrary)
#include "tst_mixedlibrary.moc"
