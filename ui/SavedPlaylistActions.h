#pragma once

#include "core/common/FilePath.h"

#include <QObject>

#include <cstdint>
#include <optional>

class QWidget;

namespace soundalike {

class Application;
class PlaylistFileActions;
class PlaylistHistory;
struct SavedPlaylist;

// What the window does with saved playlists: plays one (through the history, so Back returns to what played
// before), makes a generated one afresh from its recipe, saves the playlist showing now under a name (with
// its recipe when it was generated), exports one and imports an M3U file as one. The sidebar, the menus and
// MPRIS all come here. Names are asked for with a small dialog; a name in use is replaced only when the user
// agrees (or it is the very playlist showing).
class SavedPlaylistActions : public QObject
{
    Q_OBJECT

public:
    SavedPlaylistActions(Application& application, PlaylistHistory& history, PlaylistFileActions& files,
                         QWidget* window);

    // Makes the saved playlist the playlist and plays it from `row`.
    void play(std::int64_t id, int row = 0);
    void regenerate(std::int64_t id);
    void saveCurrent();
    // Without asking; `replace` a playlist of that name.
    void saveCurrentAs(const QString& name, bool replace);
    void exportPlaylist(std::int64_t id);
    // Asks for an M3U file and the name to save it under.
    void importAndSave();
    // Without asking: reads `file`, saves it as `name` and selects it under Playlists; what plays goes on.
    void importFile(const FilePath& file, const QString& name, bool replace);

signals:
    void message(const QString& text);
    // A playlist was saved or imported: the sidebar shows it.
    void saved(std::int64_t id);

private:
    struct Name
    {
        QString name;
        bool replace = false;
    };

    std::optional<Name> askName(const QString& title, const QString& suggestion, std::int64_t own = 0);
    QString suggestedName(const QString& base) const;
    void show(const SavedPlaylist& playlist, int row);
    void followRename();

    Application& m_application;
    PlaylistHistory& m_history;
    PlaylistFileActions& m_files;
    QWidget* m_window;
};

} // namespace soundalike
