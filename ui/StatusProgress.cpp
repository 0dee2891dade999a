#include "ui/StatusProgress.h"

#include <QBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
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
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (!m_jobs.empty())
            emit cancelRequested(m_jobs.back().key);
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

StatusProgress::Job* StatusProgress::find(const QString& key)
{
    const auto it =
        std::find_if(m_jobs.begin(), m_jobs.end(), [&](const Job& job) { return job.key == key; });
    return it == m_jobs.end() ? nullptr : &*it;
}

void StatusProgress::begin(const QString& key, const QString& task)
{
    finish(key);
    Job job{key, task, {}, task + QStringLiteral("…")};
    job.eta.start();
    m_jobs.push_back(std::move(job));
    showLast();
}

void StatusProgress::progress(const QString& key, qint64 done, qint64 total, Unit unit)
{
    Job* job = find(key);
    if (!job)
        return;
    job->text = job->task + QStringLiteral(": ") + countText(done, total, unit);
    if (total <= 0) {
        job->maximum = 0;
    } else {
        // Progress bars take int; scale when a count could overflow one.
        const qint64 scale = total > 1000000 ? total / 1000000 + 1 : 1;
        job->maximum = int(total / scale);
        job->value = int(done / scale);
        if (const std::optional<qint64> left = job->eta.update(done, total))
            job->text += QStringLiteral(" · ") + remainingText(*left);
    }
    if (job == &m_jobs.back())
        showLast();
}

void StatusProgress::finish(const QString& key)
{
    std::erase_if(m_jobs, [&](const Job& job) { return job.key == key; });
    showLast();
}

bool StatusProgress::isRunning(const QString& key) const
{
    return std::any_of(m_jobs.begin(), m_jobs.end(), [&](const Job& job) { return job.key == key; });
}

QString StatusProgress::shownKey() const
{
    return m_jobs.empty() ? QString() : m_jobs.back().key;
}

QString StatusProgress::text() const
{
    return m_label->text();
}

void StatusProgress::showLast()
{
    if (m_jobs.empty()) {
        hide();
        return;
    }
    const Job& job = m_jobs.back();
    m_label->setText(job.text);
    // A zero maximum makes the bar a busy indicator.
    m_bar->setRange(0, job.maximum);
    m_bar->setValue(job.value);
    show();
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
    case Unit::Epochs:
        return total > 0 ? tr("%L1 of %Ln epoch(s)", nullptr, n).arg(done)
                         : tr("%Ln epoch(s) done", nullptr, n);
    case Unit::Percent:
        return tr("%1 %").arg(done);
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
