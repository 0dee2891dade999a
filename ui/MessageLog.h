#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <deque>

namespace soundalike {

// What the status bar said this session, newest last: a message goes after a few seconds, and a listener who
// looked away (or saw only its start, cut to the bar's width) reads it again in Help ▸ Recent Messages.
class MessageLog : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QDateTime when;
        QString text;
    };

    // A long session keeps its latest messages only.
    static constexpr std::size_t kKept = 200;

    using QObject::QObject;

    // The same message again at once (a rescan's "Library is up to date.") is one entry, with the later time.
    void add(const QString& text);
    const std::deque<Entry>& entries() const { return m_entries; }

signals:
    void changed();

private:
    std::deque<Entry> m_entries;
};

} // namespace soundalike
