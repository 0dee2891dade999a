#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace soundalike {

// Why something could not be done, for a person, kept in the words of the source code until it is shown.
// A problem stored by a scan outlives the language the scan ran in: stored as its source text and
// arguments, it reads in the language of whatever shows it later (the window in Russian, the command line
// in English). Mark each text for the translators where it is written:
//   Reason(QT_TRANSLATE_NOOP("Reason", "cannot open the file: %1")).arg(systemMessage)
class Reason
{
public:
    Reason() = default;
    // `source` must be a QT_TRANSLATE_NOOP("Reason", …) literal.
    explicit Reason(const char* source) : m_source(QString::fromUtf8(source)) {}
    // Words that are not ours to translate (a system or library message, an old stored reason).
    [[nodiscard]] static Reason verbatim(const QString& text);

    // Fills %1, then %2, …: with words shown as they are, or with another reason.
    [[nodiscard]] Reason arg(const QString& words) const;
    [[nodiscard]] Reason arg(const Reason& reason) const;

    [[nodiscard]] bool isEmpty() const { return m_source.isEmpty(); }
    // In the language of the translators installed now.
    [[nodiscard]] QString text() const;

    // A form for storage that fromStored() reads back in any later language; text that is no stored form
    // (a reason stored before reasons were kept this way) reads back verbatim.
    [[nodiscard]] QString toStored() const;
    [[nodiscard]] static Reason fromStored(const QString& stored);

    friend bool operator==(const Reason&, const Reason&) = default;

private:
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Reason fromJson(const QJsonObject& object);

    QString m_source;
    bool m_verbatim = false;
    std::vector<Reason> m_args;
};

} // namespace soundalike
