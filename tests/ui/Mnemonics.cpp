#include "tests/ui/Mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>

namespace soundalike::test {

namespace {

// The letter after a single "&", lower-cased; none for "&&" or no "&".
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

class ClashFinder
{
public:
    void add(const QString& text)
    {
        const QChar key = mnemonic(text);
        if (key.isNull())
            return;
        if (m_seen.contains(key))
            m_clashes << QStringLiteral("%1: %2 / %3").arg(key, m_seen[key], text);
        else
            m_seen.insert(key, text);
    }

    [[nodiscard]] QStringList clashes() const { return m_clashes; }

private:
    QMap<QChar, QString> m_seen;
    QStringList m_clashes;
};

void addMenu(const QMenu& menu, QStringList& clashes)
{
    ClashFinder entries;
    for (const QAction* action : menu.actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        entries.add(action->text());
        if (action->menu())
            addMenu(*action->menu(), clashes);
    }
    clashes << entries.clashes();
}

} // namespace

QStringList menuMnemonicClashes(const QMenuBar& bar)
{
    QStringList clashes;
    ClashFinder titles;
    for (const QAction* action : bar.actions()) {
        titles.add(action->text());
        if (action->menu())
            addMenu(*action->menu(), clashes);
    }
    return titles.clashes() + clashes;
}

QStringList windowMnemonicClashes(const QWidget& window)
{
    ClashFinder keys;
    for (const QMenuBar* bar : window.findChildren<QMenuBar*>())
        for (const QAction* action : bar->actions())
            keys.add(action->text());
    for (const QTabBar* tabs : window.findChildren<QTabBar*>())
        if (tabs->isVisibleTo(&window))
            for (int i = 0; i < tabs->count(); ++i)
                keys.add(tabs->tabText(i));
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>())
        if (button->isVisibleTo(&window))
            keys.add(button->text());
    for (const QLabel* label : window.findChildren<QLabel*>())
        if (label->buddy() && label->isVisibleTo(&window))
            keys.add(label->text());
    return keys.clashes();
}

} // namespace soundalike::test
