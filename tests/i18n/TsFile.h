#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace soundalike::test {

// A Qt Linguist .ts file as the translation checks see it: its language and its messages.
class TsFile
{
public:
    struct Message
    {
        QString context;
        QString source;
        QString comment; // the disambiguation, part of what identifies a message
        bool numerus = false;
        QString type;        // "unfinished", "vanished", "obsolete" or empty when translated
        QStringList forms;   // the translation; one per plural form for a numerus message
        QString key() const; // what identifies it: context, source and comment
    };

    // False with `error` set if the file cannot be read or is not a .ts file.
    bool read(const QString& path, QString* error);
    QString language() const { return m_language; }
    const QList<Message>& messages() const { return m_messages; }
    QSet<QString> keys() const;

    // What is wrong with each message, e.g. "soundalike::SeedList: “%n song(s)”: unfinished"; empty if
    // nothing is. `pluralForms` is how many forms the language has.
    QStringList problems(int pluralForms) const;

private:
    QString m_language;
    QList<Message> m_messages;
};

} // namespace soundalike::test
