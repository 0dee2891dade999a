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

    // What a job counts. The texts are whole phrases per unit because languages inflect the noun by the
    // number ("1 трек", "3 трека", "5 треков").
    enum class Unit
    {
        Files,
        Tracks,
    };

    // Starts showing a job; until the first progress() the bar just shows activity.
    void begin(const QString& task);
    // "Scanning: 120 of 900 files · about 1 min left"; `total` 0: unknown, "Scanning: 120 files found".
    void progress(qint64 done, qint64 total, Unit unit);
    void finish();
    static QString remainingText(qint64 milliseconds);
    static QString countText(qint64 done, qint64 total, Unit unit);

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
