#include "ui/StatusProgress.h"

#include <QBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace soundalike {

StatusProgress::StatusProgress(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("statusProgress"));
    m_bar->setFixedWidth(160);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_bar->setTextVisible(false);
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop"),
                                       style()->standardIcon(QStyle::SP_DialogCancelButton)));
    m_cancel->setToolTip(tr("Stop"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &StatusProgress::cancelRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void StatusProgress::begin(const QString& task)
{
    m_task = task;
    m_eta.start();
    m_label->setText(task + QStringLiteral("…"));
    m_bar->setRange(0, 0);
    show();
}

void StatusProgress::progress(qint64 done, qint64 total, const QString& what)
{
    if (total <= 0) {
        m_bar->setRange(0, 0);
        m_label->setText(tr("%1: %L2 %3 found").arg(m_task).arg(done).arg(what));
        return;
    }
    // Progress bars take int; scale when a count could overflow one.
    const int scale = total > 1000000 ? int(total / 1000000) + 1 : 1;
    m_bar->setRange(0, int(total / scale));
    m_bar->setValue(int(done / scale));
    QString text = tr("%1: %L2 of %L3 %4").arg(m_task).arg(done).arg(total).arg(what);
    if (const std::optional<qint64> left = m_eta.update(done, total))
        text += QStringLiteral(" · ") + remainingText(*left);
    m_label->setText(text);
}

void StatusProgress::finish()
{
    hide();
    m_task.clear();
}

QString StatusProgress::remainingText(qint64 milliseconds)
{
    const qint64 seconds = (milliseconds + 999) / 1000;
    if (seconds < 60)
        return tr("%n s left", nullptr, int(std::max<qint64>(1, seconds)));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("about %n min left", nullptr, int(minutes));
    return tr("about %1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}

} // namespace soundalike
