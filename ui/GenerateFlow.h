#pragma once

#include <QObject>
#include <QString>

namespace soundalike {

class Application;
class GenerateControls;
class Player;
class PlaylistHistory;
class SeedList;
struct PlaylistResult;

// From the seeds and the Generate controls to a playlist in the history: what Generate (the button, Ctrl+G)
// asks the playlist builder for, what its answer becomes (a list that plays now, or after the song playing),
// and the button's label: "Regenerate" while the playlist showing was made from the seeds showing.
class GenerateFlow : public QObject
{
    Q_OBJECT

public:
    GenerateFlow(Application& app, GenerateControls& controls, SeedList& seeds, PlaylistHistory& history,
                 Player& player, QObject* parent);

    void generate();

signals:
    void message(const QString& text);

private:
    void onGenerated(const PlaylistResult& result);
    void updateLabel();

    Application& m_app;
    GenerateControls& m_controls;
    SeedList& m_seeds;
    PlaylistHistory& m_history;
    Player& m_player;
};

} // namespace soundalike
