#include "ui/mpris/LyricsText.h"

#include "core/service/SongLyrics.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

namespace {

QString plainTextOf(const FilePath& trackPath)
{
    QStringList lines;
    for (const Lyrics::Line& line : SongLyrics::of(trackPath).lines)
        lines << line.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void LyricsText::show(const FilePath& trackPath)
{
    if (trackPath == m_wanted)
        return;
    m_wanted = trackPath;
    setText({});
    if (trackPath.empty())
        return;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, trackPath] {
        watcher->deleteLater();
        if (trackPath == m_wanted) // else a song no longer playing
            setText(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(plainTextOf, trackPath));
}

void LyricsText::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    emit changed();
}

} // namespace soundalike
