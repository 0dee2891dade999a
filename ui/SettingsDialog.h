#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QListWidget;
class QSpinBox;

namespace soundalike {

class Library;
class Settings;

// Music folders, rescanning at start, analysis threads, auto-play and the interface language. Changes apply
// when the dialog is accepted: added folders are scanned, removed ones forgotten (their files are not
// touched); a new language at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Library& library, Settings& settings, QWidget* parent = nullptr);

    QStringList folders() const;
    void apply();

private:
    QWidget* buildFolders();
    QWidget* buildLanguage();
    void addFolder();
    void removeFolder();

    Library& m_library;
    Settings& m_settings;
    QListWidget* m_folders;
    QSpinBox* m_threads;
    QCheckBox* m_autoPlay;
    QCheckBox* m_rescan;
    QComboBox* m_language;
};

} // namespace soundalike
