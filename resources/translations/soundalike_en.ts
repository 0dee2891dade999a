<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DuplicateMark</name>
    <message numerus="yes">
        <source>The same recording is in the library %n more time(s):</source>
        <translation>
            <numerusform>The same recording is in the library %n more time:</numerusform>
            <numerusform>The same recording is in the library %n more times:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapCoverage</name>
    <message numerus="yes">
        <source>%n not analysed yet</source>
        <translation>
            <numerusform>%n not analysed yet</numerusform>
            <numerusform>%n not analysed yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be analysed</source>
        <translation>
            <numerusform>%n could not be analysed</numerusform>
            <numerusform>%n could not be analysed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the similarity model</source>
        <translation>
            <numerusform>%n waiting for the similarity model</numerusform>
            <numerusform>%n waiting for the similarity model</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailable (file missing)</source>
        <translation>
            <numerusform>%n unavailable (file missing)</numerusform>
            <numerusform>%n unavailable (file missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) not on the map: %1</source>
        <translation>
            <numerusform>%n track not on the map: %1</numerusform>
            <numerusform>%n tracks not on the map: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n analysed, on the map soon</source>
        <translation>
            <numerusform>%n analysed, on the map soon</numerusform>
            <numerusform>%n analysed, on the map soon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::ActivityStatus</name>
    <message numerus="yes">
        <source>from the sound, and the genre tags of %Ln track(s)</source>
        <translation>
            <numerusform>from the sound, and the genre tags of %Ln track</numerusform>
            <numerusform>from the sound, and the genre tags of %Ln tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from genre tags of %Ln track(s)</source>
        <translation>
            <numerusform>from genre tags of %Ln track</numerusform>
            <numerusform>from genre tags of %Ln tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n track(s)</source>
        <translation>
            <numerusform>Analysed %n track</numerusform>
            <numerusform>Analysed %n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read</source>
        <translation>
            <numerusform>; %n could not be read</numerusform>
            <numerusform>; %n could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New similarity model learnt from %Ln track(s) (%1); playlists use it from now on.</source>
        <translation>
            <numerusform>New similarity model learnt from %Ln track (%1); playlists use it from now on.</numerusform>
            <numerusform>New similarity model learnt from %Ln tracks (%1); playlists use it from now on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln moved</numerusform>
            <numerusform>%Ln moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform>
            <numerusform>%Ln removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found again</source>
        <translation>
            <numerusform>%Ln found again</numerusform>
            <numerusform>%Ln found again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln missing</numerusform>
            <numerusform>%Ln missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read</source>
        <translation>
            <numerusform>%Ln could not be read</numerusform>
            <numerusform>%Ln could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::GenerateControls</name>
    <message numerus="yes">
        <source>song(s)</source>
        <translation>
            <numerusform>song</numerusform>
            <numerusform>songs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::GenerateFlow</name>
    <message numerus="yes">
        <source>Mix from “%1” and %n more</source>
        <translation>
            <numerusform>Mix from “%1” and %n more</numerusform>
            <numerusform>Mix from “%1” and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::LaunchActions</name>
    <message numerus="yes">
        <source>Could not open %n item(s): %1</source>
        <translation>
            <numerusform>Could not open %n item: %1</numerusform>
            <numerusform>Could not open %n items: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::LibraryTreeModel</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n track</numerusform>
            <numerusform>%n tracks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::LibraryView</name>
    <message numerus="yes">
        <source>No track matches the filter. Clear it to see all %Ln track(s).</source>
        <translation>
            <numerusform>No track matches the filter. Clear it to see the library&apos;s %Ln track.</numerusform>
            <numerusform>No track matches the filter. Clear it to see all %Ln tracks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::LibraryWatcher</name>
    <message numerus="yes">
        <source>Changes in %n folder(s), such as %1, cannot be followed: the system&apos;s limit on watched folders is reached. Use Rescan Library after changing them.</source>
        <translation>
            <numerusform>Changes in %n folder, such as %1, cannot be followed: the system&apos;s limit on watched folders is reached. Use Rescan Library after changing it.</numerusform>
            <numerusform>Changes in %n folders, such as %1, cannot be followed: the system&apos;s limit on watched folders is reached. Use Rescan Library after changing them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::PlaylistClearAction</name>
    <message numerus="yes">
        <source>Playlist cleared (%n song(s)): Playback ▸ Back (Alt+Left) brings it back.</source>
        <translation>
            <numerusform>Playlist cleared (%n song): Playback ▸ Back (Alt+Left) brings it back.</numerusform>
            <numerusform>Playlist cleared (%n songs): Playback ▸ Back (Alt+Left) brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::PlaylistFileActions</name>
    <message numerus="yes">
        <source>Skipped %n entr(y/ies): %1</source>
        <translation>
            <numerusform>Skipped %n entry: %1</numerusform>
            <numerusform>Skipped %n entries: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n song(s) from “%1”.</source>
        <translation>
            <numerusform>Imported %n song from “%1”.</numerusform>
            <numerusform>Imported %n songs from “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::PlaylistView</name>
    <message numerus="yes">
        <source>%n song(s) · %1</source>
        <translation>
            <numerusform>%n song · %1</numerusform>
            <numerusform>%n songs · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %n song(s) shown</source>
        <translation>
            <numerusform>%L1 of %n song shown</numerusform>
            <numerusform>%L1 of %n songs shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fit(s) the seeds well</source>
        <translation>
            <numerusform>%n fits the seeds well</numerusform>
            <numerusform>%n fit the seeds well</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::RadioSession</name>
    <message numerus="yes">
        <source>Radio added %n song(s)</source>
        <translation>
            <numerusform>Radio added %n song</numerusform>
            <numerusform>Radio added %n songs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Radio: the %n song(s) left like these sound like songs you skipped. Use More Like This on a song to hear more.</source>
        <translation>
            <numerusform>Radio: the %n song left like these sounds like songs you skipped. Use More Like This on a song to hear more.</numerusform>
            <numerusform>Radio: the %n songs left like these sound like songs you skipped. Use More Like This on a song to hear more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::SavedPlaylistActions</name>
    <message numerus="yes">
        <source>Saved “%1” with %n song(s) under Playlists: double-click it to play it.</source>
        <translation>
            <numerusform>Saved “%1” with %n song under Playlists: double-click it to play it.</numerusform>
            <numerusform>Saved “%1” with %n songs under Playlists: double-click it to play it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::SavedPlaylistsModel</name>
    <message numerus="yes">
        <source>%n song(s) · %1</source>
        <translation>
            <numerusform>%n song · %1</numerusform>
            <numerusform>%n songs · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) not available now: deleted, moved, or on a drive that is not mounted.</source>
        <translation>
            <numerusform>%n song not available now: deleted, moved, or on a drive that is not mounted.</numerusform>
            <numerusform>%n songs not available now: deleted, moved, or on a drive that is not mounted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::SavedPlaylistsPane</name>
    <message numerus="yes">
        <source>%n playlist(s)</source>
        <translation>
            <numerusform>%n playlist</numerusform>
            <numerusform>%n playlists</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::SeedList</name>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n song</numerusform>
            <numerusform>%n songs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n dropped item(s) to the library…</source>
        <translation>
            <numerusform>Adding %n dropped item to the library…</numerusform>
            <numerusform>Adding %n dropped items to the library…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped track(s) could not be analysed, so playlists grown from them go by tags: %1</source>
        <translation>
            <numerusform>%n dropped track could not be analysed, so playlists grown from it go by tags: %1</numerusform>
            <numerusform>%n dropped tracks could not be analysed, so playlists grown from them go by tags: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) added as seeds; Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>%n song added as seeds; Ctrl+Z takes it back.</numerusform>
            <numerusform>%n songs added as seeds; Ctrl+Z takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::SettingsDialog</name>
    <message numerus="yes">
        <source>Done: a new model learnt from %Ln song(s) in %L1 s.</source>
        <translation>
            <numerusform>Done: a new model learnt from %Ln song in %L1 s.</numerusform>
            <numerusform>Done: a new model learnt from %Ln songs in %L1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::StatusProgress</name>
    <message numerus="yes">
        <source>%L1 of %Ln file(s)</source>
        <translation>
            <numerusform>%L1 of %Ln file</numerusform>
            <numerusform>%L1 of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found</source>
        <translation>
            <numerusform>%Ln file found</numerusform>
            <numerusform>%Ln files found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln track(s)</source>
        <translation>
            <numerusform>%L1 of %Ln track</numerusform>
            <numerusform>%L1 of %Ln tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln track(s) found</source>
        <translation>
            <numerusform>%Ln track found</numerusform>
            <numerusform>%Ln tracks found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln epoch(s)</source>
        <translation>
            <numerusform>%L1 of %Ln epoch</numerusform>
            <numerusform>%L1 of %Ln epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln epoch(s) done</source>
        <translation>
            <numerusform>%Ln epoch done</numerusform>
            <numerusform>%Ln epochs done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::UnreadableFilesDialog</name>
    <message numerus="yes">
        <source>%n file(s) could not be read. Each is tried again when it changes, or when you rescan the library.</source>
        <translation>
            <numerusform>%n file could not be read. It is tried again when it changes, or when you rescan the library.</numerusform>
            <numerusform>%n files could not be read. Each is tried again when it changes, or when you rescan the library.</numerusform>
        </translation>
    </message>
</context>
</TS>
