#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace soundalike {

// The language the interface speaks: the one chosen in the settings, else the system's when Soundalike is
// translated into it, else English. While an object lives, the application speaks that language: it installs
// Soundalike's translations (built into the program) and Qt's own for the standard dialogs (when the system
// has them).
class UiLanguage
{
public:
    // `language` is a code from available(); anything else falls back to English.
    explicit UiLanguage(const QString& language);
    ~UiLanguage();
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;

    QString language() const { return m_language; }

    // Language codes in the order the settings offer them; English, the source language, comes first.
    static QStringList available();
    // "English", "Русский".
    static QString nativeName(const QString& language);
    // `setting` empty (or unknown): follow `system`.
    static QString choose(const QString& setting, const QLocale& system);

private:
    QString m_language;
    QTranslator m_app;
    QTranslator m_qt;
};

} // namespace soundalike
