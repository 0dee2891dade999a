#include "core/common/AudioFileNames.h"

#include <algorithm>
#include <array>
#include <string>

namespace soundalike {

namespace {

// Every scan asks about every file, so the lists are plain arrays compared without allocating.
constexpr std::array<std::string_view, 13> kSupported{"mp3", "mp2", "flac", "ogg", "oga",  "opus", "m4a",
                                                      "m4b", "mp4", "wav",  "aif", "aiff", "aifc"};
// Audio that Soundalike recognises in order to list it as a problem ("unsupported format") instead of
// passing over it in silence.
constexpr std::array<std::string_view, 24> kUnsupported{
    "wma", "asf", "ape",  "wv",   "mpc", "tta", "shn", "mid", "midi", "au",  "dsf", "dff",
    "caf", "mka", "weba", "webm", "spx", "amr", "ra",  "aac", "ac3",  "dts", "m4p", "eac3"};
constexpr std::size_t kLongestExtension = 4;

template <std::size_t N> bool listed(const std::array<std::string_view, N>& list, std::string_view extension)
{
    return std::find(list.begin(), list.end(), extension) != list.end();
}

// One to four ASCII letters or digits, at least one a letter: "mp3", "part", "m4a"; not "2" nor "
// Brightside".
bool looksLikeExtension(std::string_view text)
{
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    return !text.empty() && text.size() <= kLongestExtension &&
           std::all_of(text.begin(), text.end(), [&](char c) { return letter(c) || digit(c); }) &&
           std::any_of(text.begin(), text.end(), letter);
}

} // namespace

AudioFileNames::Candidate AudioFileNames::candidate(std::string_view fileName)
{
    const std::size_t slash = fileName.rfind('/');
    if (slash != std::string_view::npos)
        fileName.remove_prefix(slash + 1);
    const std::size_t dot = fileName.rfind('.');
    // A leading dot marks a hidden file (".DS_Store"), not an extension.
    if (dot == std::string_view::npos || dot == 0)
        return Candidate::ByContent;
    const std::string_view extension = fileName.substr(dot + 1);
    // SQLite's log, index and journal beside a database kept in a music folder. Never opened: closing a file
    // drops every lock this process holds on it, SQLite's included, and another process would then take the
    // database for its own (SQLite, "How To Corrupt An SQLite Database File", 2.2).
    if (extension.ends_with("-wal") || extension.ends_with("-shm") || extension.ends_with("-journal"))
        return Candidate::No;
    if (!looksLikeExtension(extension))
        return Candidate::ByContent; // "Mr. Brightside", "Intro v1.2": a dot in a name without an extension
    std::array<char, kLongestExtension> lower{};
    std::transform(extension.begin(), extension.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    const std::string_view folded(lower.data(), extension.size());
    return listed(kSupported, folded) || listed(kUnsupported, folded) ? Candidate::ByName : Candidate::No;
}

const QStringList& AudioFileNames::supportedExtensions()
{
    static const QStringList extensions = [] {
        QStringList list;
        for (const std::string_view extension : kSupported)
            list << QString::fromLatin1(extension.data(), qsizetype(extension.size()));
        return list;
    }();
    return extensions;
}

QString AudioFileNames::nameFilter()
{
    QStringList patterns;
    for (const QString& extension : supportedExtensions())
        patterns << QStringLiteral("*.") + extension;
    return patterns.join(QLatin1Char(' '));
}

const QStringList& AudioFileNames::mimeTypes()
{
    static const QStringList types{
        QStringLiteral("audio/mpeg"),       QStringLiteral("audio/x-mp3"),
        QStringLiteral("audio/mp2"),        QStringLiteral("audio/x-mp2"),
        QStringLiteral("audio/flac"),       QStringLiteral("audio/x-flac"),
        QStringLiteral("audio/ogg"),        QStringLiteral("audio/x-vorbis+ogg"),
        QStringLiteral("audio/x-opus+ogg"), QStringLiteral("audio/x-flac+ogg"),
        QStringLiteral("audio/mp4"),        QStringLiteral("audio/x-m4a"),
        QStringLiteral("audio/x-m4b"),      QStringLiteral("audio/vnd.wave"),
        QStringLiteral("audio/x-wav"),      QStringLiteral("audio/wav"),
        QStringLiteral("audio/x-aiff"),     QStringLiteral("audio/x-aifc"),
    };
    return types;
}

} // namespace soundalike
