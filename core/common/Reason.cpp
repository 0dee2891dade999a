#include "core/common/Reason.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace soundalike {

namespace {

const QString kSource = QStringLiteral("reason");
const QString kVerbatim = QStringLiteral("verbatim");
const QString kArgs = QStringLiteral("args");

// %1, %2, … replaced in one pass, so that an argument holding "%2" (a file name can) stays as it is.
QString filled(const QString& pattern, const QStringList& args)
{
    QString result;
    result.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('%') && i + 1 < pattern.size() && pattern[i + 1].isDigit()) {
            const qsizetype number = pattern[i + 1].digitValue();
            if (number >= 1 && number <= args.size()) {
                result += args[number - 1];
                ++i;
                continue;
            }
        }
        result += pattern[i];
    }
    return result;
}

} // namespace

Reason Reason::verbatim(const QString& text)
{
    Reason reason;
    reason.m_source = text;
    reason.m_verbatim = true;
    return reason;
}

Reason Reason::arg(const QString& words) const
{
    return arg(verbatim(words));
}

Reason Reason::arg(const Reason& reason) const
{
    Reason filled = *this;
    filled.m_args.push_back(reason);
    return filled;
}

QString Reason::text() const
{
    const QString pattern =
        m_verbatim ? m_source : QCoreApplication::translate("Reason", m_source.toUtf8().constData());
    if (m_args.empty())
        return pattern;
    QStringList args;
    for (const Reason& argument : m_args)
        args << argument.text();
    return filled(pattern, args);
}

QString Reason::toStored() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

Reason Reason::fromStored(const QString& stored)
{
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    if (!document.isObject() || !document.object().value(kSource).isString())
        return verbatim(stored);
    return fromJson(document.object());
}

QJsonObject Reason::toJson() const
{
    QJsonObject object{{kSource, m_source}};
    if (m_verbatim)
        object.insert(kVerbatim, true);
    QJsonArray args;
    for (const Reason& argument : m_args)
        args.append(argument.toJson());
    if (!args.isEmpty())
        object.insert(kArgs, args);
    return object;
}

Reason Reason::fromJson(const QJsonObject& object)
{
    Reason reason;
    reason.m_source = object.value(kSource).toString();
    reason.m_verbatim = object.value(kVerbatim).toBool();
    for (const QJsonValue& argument : object.value(kArgs).toArray())
        reason.m_args.push_back(fromJson(argument.toObject()));
    return reason;
}

} // namespace soundalike
