#include "ui/StatusText.h"

#include <QCoreApplication>

namespace soundalike::StatusText {

QString firstFew(const QStringList& items)
{
    constexpr int kNamed = 3;
    QString text = items.mid(0, kNamed).join(QStringLiteral("; "));
    if (items.size() > kNamed)
        text +=
            QCoreApplication::translate("StatusText", " and %n more", nullptr, int(items.size()) - kNamed);
    return text;
}

QString sentences(const QStringList& notes)
{
    QStringList out;
    for (const QString& note : notes) {
        const QString text = note.trimmed();
        if (text.isEmpty())
            continue;
        const QChar last = text.back();
        const bool ended = last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?') ||
                           last == QChar(0x2026);
        out << (ended ? text : text + QLatin1Char('.'));
    }
    return out.join(QLatin1Char(' '));
}

} // namespace soundalike::StatusText
