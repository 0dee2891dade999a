#include "ui/SavedPlaylistActions.h"

#include "core/common/NestedQuotes.h"
#include "core/playback/Playlist.h"
#include "core/playback/PlaylistHistory.h"
#include "core/service/Application.h"
#include "core/service/Settings.h"
#include "core/service/playlists/PlaylistLibrary.h"
#include "ui/PlaylistFileActions.h"
#include "ui/StatusText.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QRandomGenerator>

#include <algorithm>

namespace soundalike {

namespace {

PlaylistOrigin originOf(const SavedPlaylist& playlist)
{
    return {playlist.info.name, playlist.info.id,
            playlist.recipe ? QVariant::fromValue(*playlist.recipe) : QVariant()};
}

} // namespace

SavedPlaylistActions::SavedPlaylistActions(Application& application, PlaylistHistory& history,
                                           PlaylistFileActions& files, QWidget* window)
    : QObject(window), m_application(application), m_history(history), m_files(files), m_window(window)
{
    connect(&application.savedPlaylists(), &PlaylistLibrary::changed, this,
            &SavedPlaylistActions::followRename);
}

// The saved playlist showing, renamed (in the sidebar, or from the command line): what shows is named anew,
// so that saving it again updates it rather than making a copy under the old name. Deleted: what shows is
// no longer it, so that a playlist saved later under its id (SQLite reuses the largest) is never taken
// for it and overwritten without asking.
void SavedPlaylistActions::followRename()
{
    PlaylistOrigin origin = m_history.origin();
    if (!origin.savedId || !m_application.savedPlaylists().isLoaded())
        return;
    const StoredPlaylist* saved = m_application.savedPlaylists().find(origin.savedId);
    if (saved && saved->name == origin.title)
        return;
    if (saved)
        origin.title = saved->name;
    else
        origin.savedId = 0;
    m_history.setOrigin(std::move(origin));
}

void SavedPlaylistActions::show(const SavedPlaylist& playlist, int row)
{
    if (playlist.entries.empty()) {
        emit message(tr("“%1” is empty: there is nothing to play.").arg(playlist.info.name));
        return;
    }
    m_history.open(playlist.entries, originOf(playlist),
                   row >= 0 ? std::min(row, int(playlist.entries.size()) - 1) : -1);
}

void SavedPlaylistActions::play(std::int64_t id, int row)
{
    if (id)
        m_application.savedPlaylists().load(id, this, [this, row](const SavedPlaylist& p) { show(p, row); });
}

void SavedPlaylistActions::regenerate(std::int64_t id)
{
    const StoredPlaylist* playlist = m_application.savedPlaylists().find(id);
    if (!playlist)
        return;
    emit message(tr("Making a fresh mix of “%1”…").arg(playlist->name));
    std::vector<std::int64_t> excluded;
    if (const std::int64_t playing = m_history.followedTrack(m_application.settings().autoPlay()))
        excluded.push_back(playing);
    m_application.savedPlaylists().regenerate(
        id, QRandomGenerator::global()->generate64(), std::move(excluded), this,
        [this](const RegeneratedPlaylist& fresh) {
            if (fresh.playlist.entries.empty())
                return show(fresh.playlist, -1);
            m_history.openGenerated(fresh.playlist.entries, originOf(fresh.playlist),
                                    m_application.settings().autoPlay());
            QStringList notes{tr("“%1” is a fresh mix now; Back (Alt+Left) returns to what played before.")
                                  .arg(fresh.playlist.info.name)};
            emit message(StatusText::sentences(notes + fresh.notes));
        });
}

QString SavedPlaylistActions::suggestedName(const QString& base) const
{
    const QString clean = base.simplified().isEmpty() ? tr("Playlist") : base.simplified();
    QString name = clean;
    for (int n = 2; m_application.savedPlaylists().findByName(name); ++n)
        name = QStringLiteral("%1 %2").arg(clean).arg(n);
    return name;
}

std::optional<SavedPlaylistActions::Name>
SavedPlaylistActions::askName(const QString& title, const QString& suggestion, std::int64_t own)
{
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(title);
    dialog.setLabelText(tr("Name:"));
    dialog.setTextValue(suggestion);
    // Wide enough to show the suggested name whole: at its default width "Like “Alba_Longa_Burns” and 1
    // more" showed as "…ba_Longa_Burns” and 1 more", and the title as "Save P…dalike".
    constexpr int kRoomAroundText = 80;
    const int wanted = std::max(dialog.fontMetrics().horizontalAdvance(suggestion),
                                dialog.fontMetrics().horizontalAdvance(title) * 2) +
                       kRoomAroundText;
    dialog.resize(std::max(dialog.sizeHint().width(), wanted), dialog.sizeHint().height());
    // A blank name goes on to the core, whose refusal says why (PlaylistLibrary::failed).
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString name = dialog.textValue().simplified();
    const StoredPlaylist* existing = m_application.savedPlaylists().findByName(name);
    if (!existing)
        return Name{name, false};
    // The playlist showing, saved again under its own name, is simply brought up to date.
    if (existing->id == own)
        return Name{name, true};
    const auto answer = QMessageBox::question(
        m_window, title, nestQuotes(tr("A playlist named “%1” already exists. Replace its songs?").arg(name)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes ? std::optional(Name{name, true}) : std::nullopt;
}

void SavedPlaylistActions::saveCurrent()
{
    if (m_history.playlist().isEmpty()) {
        emit message(tr("The playlist is empty: there is nothing to save."));
        return;
    }
    const PlaylistOrigin& origin = m_history.origin();
    const bool own = m_application.savedPlaylists().find(origin.savedId);
    const QString suggestion =
        own ? m_application.savedPlaylists().find(origin.savedId)->name : suggestedName(origin.title);
    if (const std::optional<Name> chosen = askName(tr("Save Playlist"), suggestion, own ? origin.savedId : 0))
        saveCurrentAs(chosen->name, chosen->replace);
}

void SavedPlaylistActions::saveCurrentAs(const QString& name, bool replace)
{
    const QVariant recipe = m_history.origin().recipe;
    std::optional<PlaylistRequest> request;
    if (recipe.canConvert<PlaylistRequest>())
        request = recipe.value<PlaylistRequest>();
    m_application.savedPlaylists().save(
        name, m_history.playlist().entries(), request, replace, this, [this, recipe](std::int64_t id) {
            const QString saved = m_application.savedPlaylists().find(id)->name;
            m_history.setOrigin({saved, id, recipe});
            emit message(tr("Saved as “%1”.").arg(saved));
            emit this->saved(id);
        });
}

void SavedPlaylistActions::exportPlaylist(std::int64_t id)
{
    m_application.savedPlaylists().load(id, this, [this](const SavedPlaylist& playlist) {
        std::vector<Track> tracks;
        for (const PlaylistEntry& entry : playlist.entries)
            tracks.push_back(entry.track);
        m_files.exportTracks(std::move(tracks), playlist.info.name, false);
    });
}

void SavedPlaylistActions::importAndSave()
{
    const QString file = m_files.choosePlaylistFile(tr("Import as Saved Playlist"));
    if (file.isEmpty())
        return;
    const QString base = QFileInfo(file).completeBaseName();
    if (const std::optional<Name> chosen = askName(tr("Import as Saved Playlist"), suggestedName(base)))
        importFile(toFilePath(file), chosen->name, chosen->replace);
}

void SavedPlaylistActions::importFile(const FilePath& file, const QString& name, bool replace)
{
    m_application.savedPlaylists().importFile(
        file, name, replace, this, [this](const ImportedPlaylist& imported) {
            // Saved beside the others and shown there, not played: what plays goes on (File ▸ Import
            // Playlist is the import that plays).
            const StoredPlaylist* playlist = m_application.savedPlaylists().find(imported.id);
            QStringList said{tr("Saved “%1” with %n song(s) under Playlists: double-click it to play it.",
                                nullptr, int(imported.read.entries.size()))
                                 .arg(playlist ? playlist->name : QString())};
            if (const QStringList problems = imported.read.problems(); !problems.isEmpty())
                said << PlaylistFileActions::skippedText(problems);
            emit message(said.join(QLatin1Char(' ')));
            emit this->saved(imported.id);
        });
}

} // namespace soundalike
