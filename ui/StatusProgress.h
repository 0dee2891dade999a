#pragma once

#include "core/service/EtaEstimator.h"

#include <QWidget>

#include <vector>

class QLabel;
class QProgressBar;
class QToolButton;

namespace soundalike {

// Progress of the background jobs in the status bar: what one is doing, how far it is, and roughly how long
// it has left. Jobs are named by a key ("scan", "training", …); several may run at once, and the one begun
// last is shown until it finishes, then the one before it again.
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
        Epochs,
        Percent,
    };

    // Starts showing a job (restarting one of the same key); until its first progress() the bar just shows
    // activity.
    void begin(const QString& key, const QString& task);
    // "Scanning: 120 of 900 files · about 1 min left"; `total` 0: unknown, "Scanning: 120 files found".
    void progress(const QString& key, qint64 done, qint64 total, Unit unit);
    void finish(const QString& key);
    bool isRunning(const QString& key) const;
    // The key of the job shown, empty when none runs.
    QString shownKey() const;
    QString text() const;
    static QString remainingText(qint64 milliseconds);
    static QString countText(qint64 done, qint64 total, Unit unit);

signals:
    // The stop button was pressed while the job of `key` was shown.
    void cancelRequested(const QString& key);

private:
    struct Job
    {
        QString key;
        QString task;
        EtaEstimator eta;
        QString text;
        int maximum = 0; // 0: busy, no known end
        int value = 0;
    };

    Job* find(const QString& key);
    void showLast();

    std::vector<Job> m_jobs; // in the order begun
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace soundalike
