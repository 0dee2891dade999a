#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/playback/PlaylistHistory.h"
#include "tests/support/PlaylistEntries.h"
#include "ui/PlaylistHistoryActions.h"

#include <QAction>
#include <QMenu>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// Playback ▸ Back and Forward, named after the list each would bring, as the menu shows them.
class TestPlaylistHistoryActions : public QObject
{
    Q_OBJECT

    static QAction* entry(const QMenu& menu, const char* name)
    {
        return menu.findChild<QAction*>(QLatin1String(name));
    }

private slots:
    // A name is shown as it is: its "&" is no key mark ("Metal & friends" lost its "&" to an underline), and
    // a name that quotes a song nests its quotes.
    void entriesNameTheListsAsTheyAre()
    {
        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        QMenu menu;
        const PlaylistHistoryActions actions(history, menu, nullptr);
        QAction* back = entry(menu, "historyBack");
        QAction* forward = entry(menu, "historyForward");
        QVERIFY(back && forward);
        QVERIFY(!back->isEnabled());
        const std::vector<PlaylistEntry> one{
            entryFor(QStringLiteral("/music/a.mp3"), QStringLiteral("A"), 1000)};
        const std::vector<PlaylistEntry> two{
            entryFor(QStringLiteral("/music/b.mp3"), QStringLiteral("B"), 1000)};
        history.open(one, {QStringLiteral("Metal & friends"), 0, {}});
        history.open(two, {QStringLiteral("Mix from “Fear”"), 0, {}});
        QVERIFY(back->isEnabled());
        QCOMPARE(back->text(), QStringLiteral("&Back to “Metal && friends”"));
        history.back();
        QCOMPARE(forward->text(), QStringLiteral("&Forward to “Mix from ‘Fear’”"));
        // A list with no name (cleared, or made by hand) is named by where it stands, not "“”".
        history.open({}, {});
        history.open(one, {QStringLiteral("Again"), 0, {}});
        history.back();
        QCOMPARE(forward->text(), QStringLiteral("&Forward to “Again”"));
        history.open(two, {});
        history.open(one, {QStringLiteral("Last"), 0, {}});
        QCOMPARE(back->text(), QStringLiteral("&Back to the Previous Playlist"));
        QVERIFY(back->isEnabled());
    }
};

QTEST_MAIN(TestPlaylistHistoryActions)
#include "tst_playlisthistoryactions.moc"
