#pragma once

#include "core/common/Track.h"
#include "tests/support/LabelledLibrary.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace soundalike::test {

// A music folder that holds, in one tree, every kind of file a library must survive: the foundation's bad
// inputs (empty, random bytes, text, a PNG renamed .mp3, truncated, dangling link, link loops, huge cover,
// SQL in tags, a non-UTF-8 name, unreadable file and folder) and the hardening issue's (10,000 files in one
// folder, a 250-byte name, one name in NFC and NFD, a 10 MB tag field, 1,000 genres, an ID3 tag claiming more
// bytes than the file holds, a file that becomes a folder, a file rewritten while it is analysed), next to
// labelled good tracks enough to train a model on.
class HostileLibrary
{
public:
    enum class Expect
    {
        Track,  // stored and usable
        Problem // listed by `problems`, with a reason starting with Case::reason
    };

    struct Case
    {
        QString what;
        FilePath path;
        Expect expect = Expect::Track;
        QString reason;
    };

    static constexpr int kGenres = 3;
    static constexpr int kTracksPerGenre = 10;

    explicit HostileLibrary(const QString& root, int crowd = 10000);
    ~HostileLibrary();
    HostileLibrary(const HostileLibrary&) = delete;
    HostileLibrary& operator=(const HostileLibrary&) = delete;

    // Builds the tree; false when a file could not be made.
    bool write();

    const QString& root() const { return m_root; }
    // Every named case; the crowd's files are not listed one by one.
    const std::vector<Case>& cases() const { return m_cases; }
    QString crowdFolder() const;
    // Tracks a scan by an unprivileged user finds: the crowd and every case expected to be a track.
    int expectedTracks() const;
    // A labelled good track, fit to seed a playlist.
    FilePath goodTrack() const;
    // Permissions do not bind root: the unreadable cases are problems only for an unprivileged reader.
    void setUnreadableCasesExpected(bool unreadable);

    // Between two scans: "becomes-a-folder.mp3" is replaced by a folder of that name holding one good track.
    bool replaceFileByFolder();
    // The file that a test rewrites while analysis runs; each call writes the next of a few different
    // contents (a good track, half of one, random bytes) in place, as a tag editor or a download would.
    FilePath changingFile() const;
    bool rewriteChangingFile(int round) const;

private:
    bool writeBadInputs();
    bool writeNames();
    bool writeTagCases();
    bool writeChangingCases();
    bool writeUnreadable();
    void add(const QString& what, const FilePath& path, Expect expect, const QString& reason = {});
    FilePath at(const QString& relative) const;

    QString m_root;
    LabelledLibrary m_library;
    QByteArray m_goodMp3;
    std::vector<Case> m_cases;
    FilePath m_nonUtf8Name;
};

} // namespace soundalike::test
