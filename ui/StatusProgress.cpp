#include "ui/StatusProgress.h"

#include <QBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

#include <limits>

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

void StatusProgress::progress(qint64 done, qint64 total, Unit unit)
{
    const QString counted = m_task + QStringLiteral(": ") + countText(done, total, unit);
    if (total <= 0) {
        m_bar->setRange(0, 0);
        m_label->setText(counted);
        return;
    }
    // Progress bars take int; scale when a count could overflow one.
    const int scale = total > 1000000 ? int(total / 1000000) + 1 : 1;
    m_bar->setRange(0, int(total / scale));
    m_bar->setValue(int(done / scale));
    QString text = counted;
    if (const std::optional<qint64> left = m_eta.update(done, total))
        text += QStringLiteral(" · ") + remainingText(*left);
    m_label->setText(text);
}

void StatusProgress::finish()
{
    hide();
    m_task.clear();
}

QString StatusProgress::countText(qint64 done, qint64 total, Unit unit)
{
    // The noun agrees with the number it follows: the count found, or the total ("120 of 900 files").
    const int n = int(std::min<qint64>(total > 0 ? total : done, std::numeric_limits<int>::max()));
    switch (unit) {
    case Unit::Files:
        return total > 0 ? tr("%L1 of %Ln file(s)", nullptr, n).arg(done)
                         : tr("%Ln file(s) found", nullptr, n);
    case Unit::Tracks:
        return total > 0 ? tr("%L1 of %Ln track(s)", nullptr, n).arg(done)
                         : tr("%Ln track(s) found", nullptr, n);
    }
    return {};
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
