#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QListWidget;
class QSpinBox;

namespace soundalike {

class Library;
class Settings;

// Music folders, rescanning at start, analysis threads and auto-play. Changes apply when the dialog is
// accepted: added folders are scanned, removed ones forgotten (their files are not touched).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Library& library, Settings& settings, QWidget* parent = nullptr);

    QStringList folders() const;
    void apply();

private:
    QWidget* buildFolders();
    void addFolder();
    void removeFolder();

    Library& m_library;
    Settings& m_settings;
    QListWidget* m_folders;
    QSpinBox* m_threads;
    QCheckBox* m_autoPlay;
    QCheckBox* m_rescan;
};

} // namespace soundalike
