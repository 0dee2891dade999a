#pragma once

#include "core/service/EtaEstimator.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace soundalike {

// Progress of a long background job in the status bar: what it is doing, how far it is, and roughly how
// long it has left. Scans use it today; analysis and training report through the same calls.
class StatusProgress : public QWidget
{
    Q_OBJECT

public:
    explicit StatusProgress(QWidget* parent = nullptr);

    // Starts showing a job; until the first progress() the bar just shows activity.
    void begin(const QString& task);
    // `what` names the units, e.g. "files": "Scanning: 120 of 900 files · about 1 min left".
    void progress(qint64 done, qint64 total, const QString& what);
    void finish();
    static QString remainingText(qint64 milliseconds);

signals:
    void cancelRequested();

private:
    QString m_task;
    EtaEstimator m_eta;
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace soundalike
