#pragma once

#include "core/service/LibraryQueries.h"

#include <QDialog>
#include <QFutureWatcher>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace soundalike {

class LibraryPipeline;

// The files of the library that could not be read, and why, in the window's language: what the status bar's
// "3 could not be read" refers to. Loaded off the GUI thread, and again after each scan and analysis while
// it shows; a file leaves the list when a rescan or an analysis reads it.
class UnreadableFilesDialog : public QDialog
{
    Q_OBJECT

public:
    UnreadableFilesDialog(QString databasePath, LibraryPipeline& pipeline, QWidget* parent = nullptr);
    ~UnreadableFilesDialog() override;

    // Reads the list again; shown() follows once it is on screen.
    void reload();

signals:
    void shown(int files);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Loaded
    {
        std::vector<Problem> problems;
        QString error;
    };

    void display(const Loaded& loaded);
    void openContainingFolder();

    QString m_databasePath;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QPushButton* m_openFolder;
    QFutureWatcher<Loaded> m_loading;
    bool m_loadAgain = false;
};

} // namespace soundalike
