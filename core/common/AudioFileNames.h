#pragma once

#include <QStringList>

#include <string_view>

namespace soundalike {

// Which files a scan looks at, by name; what they hold is then told by their content (FormatSniffer).
class AudioFileNames
{
public:
    enum class Candidate
    {
        No,        // another kind of file (cover.jpg, notes.txt): never opened
        ByName,    // the extension of a supported or a known unsupported audio format
        ByContent, // no extension: it is audio only if its content says so
    };

    [[nodiscard]] static Candidate candidate(std::string_view fileName);
    // Lower case, without the dot: mp3, flac, ogg…
    [[nodiscard]] static const QStringList& supportedExtensions();
    // For file dialogs: "*.mp3 *.flac …"
    [[nodiscard]] static QString nameFilter();
    // The audio the app opens, as the desktop names it (the .desktop file's MimeType lists these, and M3U).
    [[nodiscard]] static const QStringList& mimeTypes();
};

} // namespace soundalike
