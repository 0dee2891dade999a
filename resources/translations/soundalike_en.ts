<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>soundalike::MainWindow</name>
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
</context>
</TS>
