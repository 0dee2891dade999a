#include "core/playlists/M3uLocation.h"

#include "core/common/LegacyText.h"
#include "core/common/Utf8.h"

#include <QCoreApplication>

#include <algorithm>

namespace soundalike {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

QByteArray trimmedBlanks(const QByteArray& text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.mid(begin, end - begin);
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// "C:\", "C:/" or a bare "C:" (drive-relative).
bool startsWithDrive(const QByteArray& text)
{
    return text.size() >= 2 && isLetter(text[0]) && text[1] == ':' &&
           (text.size() == 2 || text[2] == '\\' || text[2] == '/');
}

// A URL scheme has at least two characters, so "C://x" stays a drive path.
qsizetype schemeLength(const QByteArray& text)
{
    if (text.isEmpty() || !isLetter(text[0]))
        return 0;
    qsizetype i = 1;
    while (i < text.size() && (isLetter(text[i]) || (text[i] >= '0' && text[i] <= '9') || text[i] == '+' ||
                               text[i] == '-' || text[i] == '.'))
        ++i;
    return i >= 2 && text.mid(i, 3) == "://" ? i : 0;
}

void addUnique(std::vector<FilePath>& list, FilePath path)
{
    if (!path.empty() && std::find(list.begin(), list.end(), path) == list.end())
        list.push_back(std::move(path));
}

} // namespace

M3uLocation M3uLocation::parse(const QByteArray& text)
{
    M3uLocation location;
    const QByteArray trimmed = trimmedBlanks(text);
    if (trimmed.startsWith("\\\\")) {
        location.m_kind = Kind::WindowsNetwork;
        return location;
    }
    if (startsWithDrive(trimmed)) {
        location.m_kind = Kind::WindowsDrive;
        return location;
    }
    // "file:/path", as some KDE programs write it.
    if (trimmed.size() > 6 && trimmed.left(6).toLower() == "file:/" && trimmed[6] != '/') {
        location.m_path = QByteArray::fromPercentEncoding(trimmed.mid(5)).toStdString();
        return location;
    }
    const qsizetype scheme = schemeLength(trimmed);
    if (scheme == 0) {
        location.m_path = text.toStdString();
        return location;
    }
    if (trimmed.left(scheme).toLower() != "file") {
        location.m_kind = Kind::RemoteUrl;
        return location;
    }
    return fromFileUrl(trimmed.mid(scheme + 3));
}

// `rest` is what follows "file://": host/path, the host empty or "localhost" for this computer.
M3uLocation M3uLocation::fromFileUrl(const QByteArray& rest)
{
    M3uLocation location;
    const qsizetype slash = rest.indexOf('/');
    const QByteArray host = rest.left(slash < 0 ? rest.size() : slash).toLower();
    const QByteArray encodedPath = slash < 0 ? QByteArray() : rest.mid(slash);
    // The drive is looked for before decoding: "file:///C:/x" is Windows, while "file:///C%3A/x" is how our
    // writer gives a Linux folder named "C:".
    if (startsWithDrive(host) || startsWithDrive(encodedPath.mid(1)))
        location.m_kind = Kind::WindowsDrive;
    else if (!host.isEmpty() && host != "localhost")
        location.m_kind = Kind::WindowsNetwork;
    else
        location.m_path = QByteArray::fromPercentEncoding(encodedPath).toStdString();
    return location;
}

QString M3uLocation::reason() const
{
    switch (m_kind) {
    case Kind::Path:
        return QCoreApplication::translate("M3uLocation", "no such file");
    case Kind::WindowsDrive:
        return QCoreApplication::translate("M3uLocation",
                                           "Windows drive path; it cannot be found on this computer");
    case Kind::WindowsNetwork:
        return QCoreApplication::translate("M3uLocation",
                                           "network path on another computer; not a local file");
    case Kind::RemoteUrl:
        return QCoreApplication::translate("M3uLocation",
                                           "URL of a stream or a remote file; only local files are played");
    }
    return {};
}

std::vector<FilePath> M3uLocation::candidates(const FilePath& folder, bool codePageFallback) const
{
    std::vector<FilePath> spellings;
    if (m_kind != Kind::Path)
        return spellings;
    const QByteArray written = QByteArray::fromStdString(m_path);
    const QByteArray trimmed = trimmedBlanks(written);
    addUnique(spellings, written.toStdString());
    addUnique(spellings, trimmed.toStdString());
    addUnique(spellings, QByteArray(trimmed).replace('\\', '/').toStdString());
    if (codePageFallback) {
        // Whichever code page the titles were guessed to be in: a file name is found or not, so both are
        // tried.
        for (std::size_t i = 0, n = spellings.size(); i < n; ++i) {
            const QByteArray bytes = QByteArray::fromStdString(spellings[i]);
            if (isValidUtf8(bytes))
                continue;
            for (const auto page : {LegacyText::CodePage::Western, LegacyText::CodePage::Cyrillic})
                addUnique(spellings, LegacyText::decode(bytes, page).toUtf8().toStdString());
        }
    }
    std::vector<FilePath> paths;
    for (const FilePath& spelling : spellings)
        addUnique(paths, spelling.front() == '/' ? spelling : folder + '/' + spelling);
    return paths;
}

} // namespace soundalike
