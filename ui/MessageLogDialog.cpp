#include "ui/MessageLogDialog.h"

#include "ui/MessageLog.h"

#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QListWidget>
#include <QLocale>

namespace soundalike {

MessageLogDialog::MessageLogDialog(const MessageLog& log, QWidget* parent)
    : QDialog(parent), m_log(log), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Recent Messages"));
    m_list->setObjectName(QStringLiteral("messages"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 400);
    connect(&log, &MessageLog::changed, this, &MessageLogDialog::fill);
    fill();
}

void MessageLogDialog::fill()
{
    m_list->clear();
    const QLocale locale;
    // With seconds, without the time zone ("t"), which is the same on every row.
    const QString format = locale.timeFormat(QLocale::LongFormat).remove(QLatin1Char('t')).trimmed();
    for (auto entry = m_log.entries().rbegin(); entry != m_log.entries().rend(); ++entry)
        m_list->addItem(
            QStringLiteral("%1  %2").arg(locale.toString(entry->when.time(), format), entry->text));
    if (m_list->count() == 0) {
        auto* none =
            new QListWidgetItem(tr("Nothing has been said in the status bar since Soundalike started."));
        none->setFlags(Qt::NoItemFlags);
        m_list->addItem(none);
    }
}

// The list's own Ctrl+C copies only the current row.
bool MessageLogDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copySelection();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void MessageLogDialog::copySelection() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->isSelected())
            lines << m_list->item(row)->text();
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace soundalike
