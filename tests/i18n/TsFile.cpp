#include "tests/i18n/TsFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace soundalike::test {

namespace {

// %1 … %99, %L1, %n and %Ln: what the code fills in, so a translation must keep every one of them.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(?:\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& m : marker.globalMatch(text))
        found.insert(m.captured());
    return found;
}

QString describe(const TsFile::Message& m, const QString& problem)
{
    return QStringLiteral("%1: “%2”: %3").arg(m.context, m.source, problem);
}

} // namespace

QString TsFile::Message::key() const
{
    return context + QChar(u'\x1f') + source + QChar(u'\x1f') + comment;
}

bool TsFile::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message* message = nullptr;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            m_language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            m_messages.append(m);
            message = &m_messages.last();
        } else if (message && name == QLatin1String("source")) {
            message->source = xml.readElementText();
        } else if (message && name == QLatin1String("comment")) {
            message->comment = xml.readElementText();
        } else if (message && name == QLatin1String("translation")) {
            message->type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message->numerus)
                message->forms << xml.readElementText();
        } else if (message && name == QLatin1String("numerusform")) {
            message->forms << xml.readElementText();
        }
    }
    if (xml.hasError() || m_language.isEmpty()) {
        *error = xml.hasError() ? xml.errorString() : QStringLiteral("no <TS language=…>");
        return false;
    }
    return true;
}

QSet<QString> TsFile::keys() const
{
    QSet<QString> all;
    for (const Message& m : m_messages)
        all.insert(m.key());
    return all;
}

QStringList TsFile::problems(int pluralForms) const
{
    QStringList found;
    for (const Message& m : m_messages) {
        if (!m.type.isEmpty()) {
            found << describe(m, m.type);
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms)
            found << describe(
                m,
                QStringLiteral("%1 plural forms, the language has %2").arg(m.forms.size()).arg(pluralForms));
        for (const QString& form : m.forms) {
            if (form.trimmed().isEmpty())
                found << describe(m, QStringLiteral("empty translation"));
            else if (placeholders(form) != placeholders(m.source))
                found << describe(m, QStringLiteral("“%1” does not keep the placeholders").arg(form));
        }
    }
    return found;
}

} // namespace soundalike::test
