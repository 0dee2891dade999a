#pragma once

#include <QMainWindow>

class QLabel;

namespace soundalike {

// The main window. Until the full player lands it shows which library is open and how many tracks it holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QString databasePath, QWidget* parent = nullptr);

private:
    void loadSummary();

    QString m_databasePath;
    QLabel* m_summary;
};

} // namespace soundalike
