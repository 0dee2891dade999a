#include "ui/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>

#include <array>

namespace soundalike {

namespace {

struct Language
{
    const char* code;
    const char* nativeName; // by its own name, so a user finds theirs in any interface
};

// Adding a language: a row here and resources/translations/soundalike_<code>.ts (see docs/translations.md).
constexpr std::array kLanguages{Language{"en", "English"}, Language{"ru", "Русский"}};

const QString kEnglish = QStringLiteral("en");

} // namespace

UiLanguage::UiLanguage(const QString& language)
    : m_language(available().contains(language) ? language : kEnglish)
{
    // English has a translation too: it only spells out plurals ("1 song", "3 songs").
    if (m_app.load(QStringLiteral(":/i18n/soundalike_") + m_language))
        QCoreApplication::installTranslator(&m_app);
    else
        qWarning("No built-in translation for %s", qPrintable(m_language));
    // Qt's own strings (standard dialogs, buttons) come from the system and may be absent: then English.
    if (m_language != kEnglish &&
        m_qt.load(QStringLiteral("qtbase_") + m_language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
}

UiLanguage::~UiLanguage()
{
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_app);
}

QStringList UiLanguage::available()
{
    QStringList codes;
    for (const Language& l : kLanguages)
        codes << QLatin1String(l.code);
    return codes;
}

QString UiLanguage::nativeName(const QString& language)
{
    for (const Language& l : kLanguages) {
        if (language == QLatin1String(l.code))
            return QString::fromUtf8(l.nativeName);
    }
    return language;
}

QString UiLanguage::choose(const QString& setting, const QLocale& system)
{
    if (available().contains(setting))
        return setting;
    // The first of the user's preferred languages that Soundalike speaks: "ru-RU" gives "ru".
    for (const QString& preferred : system.uiLanguages()) {
        const QString language = QLocale(preferred).name().section(QLatin1Char('_'), 0, 0);
        if (available().contains(language))
            return language;
    }
    return kEnglish;
}

} // namespace soundalike
