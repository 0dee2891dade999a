#include "tests/support/HostileLibrary.h"

#include "tests/support/Mp3Fixture.h"

#include <QDir>
#include <QRandomGenerator>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace soundalike::test {

namespace {

// Raw bytes to a raw path: names here need not be UTF-8, and ten thousand files must be quick to make.
bool writeRaw(const FilePath& path, const QByteArray& bytes)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, bytes.constData(), std::size_t(bytes.size())) == bytes.size();
    return ::close(fd) == 0 && ok;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    return bytes;
}

// An ID3v2.4 header whose size field (syncsafe, 28 bits) claims 256 MB, a title frame, then real audio.
QByteArray oversizedId3(const QByteArray& audio)
{
    QByteArray bytes("ID3\x04\x00\x00\x7f\x7f\x7f\x7f", 10);
    const QByteArray title = QByteArrayLiteral("\x03") + "Claims 256 MB";
    bytes += "TIT2";
    bytes += char(0);
    bytes += char(0);
    bytes += char(0);
    bytes += char(title.size());
    bytes += QByteArray(2, '\0');
    bytes += title;
    return bytes + audio;
}

} // namespace

HostileLibrary::HostileLibrary(const QString& root, int crowd)
    : m_root(root), m_library(root + QStringLiteral("/library"), kGenres, kTracksPerGenre, crowd)
{}

HostileLibrary::~HostileLibrary()
{
    // Whoever removes the tree must be able to enter every folder; a name that is not UTF-8 cannot be removed
    // through QDir, so it goes by its bytes.
    ::chmod(at(QStringLiteral("unreadable-folder")).c_str(), 0755);
    if (!m_nonUtf8Name.empty())
        ::unlink(m_nonUtf8Name.c_str());
}

FilePath HostileLibrary::at(const QString& relative) const
{
    return toFilePath(m_root + QLatin1Char('/') + relative);
}

void HostileLibrary::add(const QString& what, const FilePath& path, Expect expect, const QString& reason)
{
    m_cases.push_back({what, path, expect, reason});
}

QString HostileLibrary::crowdFolder() const
{
    return m_library.fillerFolder();
}

FilePath HostileLibrary::goodTrack() const
{
    return toFilePath(m_library.track(0, 0));
}

FilePath HostileLibrary::changingFile() const
{
    return at(QStringLiteral("changing/rewritten.mp3"));
}

int HostileLibrary::expectedTracks() const
{
    return m_library.files() + int(std::count_if(m_cases.begin(), m_cases.end(),
                                                 [](const Case& c) { return c.expect == Expect::Track; }));
}

bool HostileLibrary::write()
{
    for (const char* folder : {"bad", "names", "tags", "changing", "unreadable-folder"})
        QDir().mkpath(m_root + QLatin1Char('/') + QLatin1String(folder));
    m_goodMp3 =
        encodeMp3(generate({AudioSpec::Wave::Music, 4.0, 440, 0.5, 110, 22050, 1, 32, 3}), 22050, 1, 32);
    return !m_goodMp3.isEmpty() && m_library.write() && writeBadInputs() && writeNames() && writeTagCases() &&
           writeChangingCases() && writeUnreadable();
}

bool HostileLibrary::writeBadInputs()
{
    const auto bad = [&](const char* name) { return at(QStringLiteral("bad/") + QLatin1String(name)); };
    bool ok = writeRaw(bad("empty.mp3"), {});
    add(QStringLiteral("empty file"), bad("empty.mp3"), Expect::Problem, QStringLiteral("empty file"));
    ok = ok && writeRaw(bad("random.mp3"), randomBytes(64 * 1024, 7));
    add(QStringLiteral("random bytes"), bad("random.mp3"), Expect::Problem, QStringLiteral("not "));
    ok = ok && writeRaw(bad("text.mp3"), QByteArray("Just some text, not audio.\n").repeated(200));
    add(QStringLiteral("text file"), bad("text.mp3"), Expect::Problem, QStringLiteral("not "));
    ok = ok && writeRaw(bad("picture.mp3"),
                        QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + randomBytes(4000, 9));
    add(QStringLiteral("PNG renamed .mp3"), bad("picture.mp3"), Expect::Problem, QStringLiteral("not "));
    ok = ok && writeRaw(bad("truncated.mp3"), m_goodMp3.left(m_goodMp3.size() / 3));
    add(QStringLiteral("truncated mp3"), bad("truncated.mp3"), Expect::Track);
    ok = ok && ::symlink("nowhere.mp3", bad("dangling.mp3").c_str()) == 0;
    add(QStringLiteral("dangling symlink"), bad("dangling.mp3"), Expect::Problem,
        QStringLiteral("cannot read the file"));
    ok = ok && ::symlink("loop-b.mp3", bad("loop-a.mp3").c_str()) == 0 &&
         ::symlink("loop-a.mp3", bad("loop-b.mp3").c_str()) == 0;
    add(QStringLiteral("symlink loop between two files"), bad("loop-a.mp3"), Expect::Problem,
        QStringLiteral("cannot read the file"));
    // A folder link back to the root: the walk must neither loop nor count anything twice.
    ok = ok && ::symlink("..", bad("back-to-root").c_str()) == 0;
    return ok;
}

bool HostileLibrary::writeNames()
{
    // 250 bytes, and multi-byte characters up to the end so a cut in the middle of one would show.
    const QString prefix = QStringLiteral("names/");
    QString longName = QStringLiteral("long-");
    while (longName.toUtf8().size() + 2 + 4 <= 250)
        longName += QChar(0x00fc);
    while (longName.toUtf8().size() + 4 < 250)
        longName += QLatin1Char('x');
    longName += QStringLiteral(".mp3");
    const QString nfc = QStringLiteral("Caf\u00e9 del Mar.mp3");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    m_nonUtf8Name = at(QStringLiteral("names")) + "/latin1-\xe9t\xe9-\xff.mp3";
    bool ok = true;
    for (const QString& name : {longName, nfc, nfd}) {
        ok = ok && writeRaw(at(prefix + name), m_goodMp3);
        add(QStringLiteral("name %1 (%2 bytes)").arg(name.left(24)).arg(name.toUtf8().size()),
            at(prefix + name), Expect::Track);
    }
    ok = ok && writeRaw(m_nonUtf8Name, m_goodMp3);
    add(QStringLiteral("non-UTF-8 name"), m_nonUtf8Name, Expect::Track);
    return ok && longName.toUtf8().size() == 250 && nfc != nfd;
}

bool HostileLibrary::writeTagCases()
{
    const auto tagged = [&](const char* name, const Tags& tags) {
        const QString path = m_root + QStringLiteral("/tags/") + QLatin1String(name);
        return writeFile(path, m_goodMp3) && writeTags(path, tags);
    };
    Tags huge;
    huge.title = QString(10 * 1024 * 1024, QLatin1Char('t'));
    huge.artist = QStringLiteral("Huge Field");
    Tags genres;
    genres.title = QStringLiteral("Thousand Genres");
    for (int i = 0; i < 1000; ++i)
        genres.genres << QStringLiteral("Genre %1").arg(i, 4, 10, QLatin1Char('0'));
    Tags sql;
    sql.title = QStringLiteral("'; DROP TABLE tracks; --");
    sql.artist = QStringLiteral("\"Quoted\" O'Brien % _ \\");
    Tags cover;
    cover.title = QStringLiteral("Huge Cover");
    cover.cover = randomBytes(6 * 1024 * 1024, 11);
    bool ok = tagged("huge-field.mp3", huge) && tagged("thousand-genres.mp3", genres) &&
              tagged("sql.mp3", sql) && tagged("huge-cover.mp3", cover);
    add(QStringLiteral("10 MB title"), at(QStringLiteral("tags/huge-field.mp3")), Expect::Track);
    add(QStringLiteral("1,000 genres"), at(QStringLiteral("tags/thousand-genres.mp3")), Expect::Track);
    add(QStringLiteral("SQL and quotes in tags"), at(QStringLiteral("tags/sql.mp3")), Expect::Track);
    add(QStringLiteral("6 MB cover"), at(QStringLiteral("tags/huge-cover.mp3")), Expect::Track);
    ok = ok && writeRaw(at(QStringLiteral("tags/id3-oversized.mp3")), oversizedId3(m_goodMp3));
    // TagLib looks for the audio after the claimed end of the tag, past the end of the file.
    add(QStringLiteral("ID3 size beyond the file"), at(QStringLiteral("tags/id3-oversized.mp3")),
        Expect::Problem, QStringLiteral("not "));
    return ok;
}

bool HostileLibrary::writeChangingCases()
{
    const bool ok =
        writeRaw(at(QStringLiteral("changing/becomes-a-folder.mp3")), m_goodMp3) && rewriteChangingFile(0);
    add(QStringLiteral("file that becomes a folder"), at(QStringLiteral("changing/becomes-a-folder.mp3")),
        Expect::Track);
    add(QStringLiteral("file rewritten during analysis"), changingFile(), Expect::Track);
    return ok;
}

bool HostileLibrary::rewriteChangingFile(int round) const
{
    switch (round % 3) {
    case 0:
        return writeRaw(changingFile(), m_goodMp3);
    case 1:
        return writeRaw(changingFile(), m_goodMp3.left(m_goodMp3.size() / 2));
    default:
        return writeRaw(changingFile(), randomBytes(int(m_goodMp3.size()), quint32(round)));
    }
}

bool HostileLibrary::replaceFileByFolder()
{
    const FilePath file = at(QStringLiteral("changing/becomes-a-folder.mp3"));
    if (::unlink(file.c_str()) != 0 || ::mkdir(file.c_str(), 0755) != 0 ||
        !writeRaw(file + "/inside.mp3", m_goodMp3))
        return false;
    const auto it =
        std::find_if(m_cases.begin(), m_cases.end(), [&](const Case& c) { return c.path == file; });
    it->what = QStringLiteral("file inside the folder that replaced a file");
    it->path = file + "/inside.mp3";
    return true;
}

bool HostileLibrary::writeUnreadable()
{
    const FilePath file = at(QStringLiteral("bad/unreadable.mp3"));
    const FilePath folder = at(QStringLiteral("unreadable-folder"));
    const bool ok = writeRaw(file, m_goodMp3) && writeRaw(folder + "/inside.mp3", m_goodMp3) &&
                    ::chmod(file.c_str(), 0) == 0 && ::chmod(folder.c_str(), 0) == 0;
    add(QStringLiteral("unreadable file"), file, Expect::Problem, QStringLiteral("cannot open the file"));
    add(QStringLiteral("unreadable folder"), folder, Expect::Problem,
        QStringLiteral("cannot open the folder"));
    return ok;
}

void HostileLibrary::setUnreadableCasesExpected(bool unreadable)
{
    const FilePath folder = at(QStringLiteral("unreadable-folder"));
    for (Case& c : m_cases) {
        if (!c.what.startsWith(QLatin1String("unreadable")))
            continue;
        c.expect = unreadable ? Expect::Problem : Expect::Track;
        // What a reader who may enter the folder finds is the track inside it.
        if (c.path.starts_with(folder))
            c.path = unreadable ? folder : folder + "/inside.mp3";
    }
}

} // namespace soundalike::test
