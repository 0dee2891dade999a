#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace soundalike {

class Library;
class ModelTraining;
class Settings;
struct ModelOptions;

// Music folders, rescanning at start, analysis threads, auto-play, the similarity model's options and the
// interface language. Changes apply when the dialog is accepted: added folders are scanned, removed ones
// forgotten (their files are not touched); a new language at the next start. "Retrain now" trains at once
// with the options shown (and keeps them), and says how far it is.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Library& library, Settings& settings, ModelTraining& training, QWidget* parent = nullptr);

    QStringList folders() const;
    ModelOptions modelOptions() const;
    void apply();
    void retrain();

private:
    QWidget* buildFolders();
    QWidget* buildLanguage();
    QWidget* buildModel();
    void showTrainingState();
    void addFolder();
    void removeFolder();

    Library& m_library;
    Settings& m_settings;
    ModelTraining& m_training;
    QListWidget* m_folders;
    QSpinBox* m_threads;
    QCheckBox* m_autoPlay;
    QCheckBox* m_rescan;
    QComboBox* m_language;
    QComboBox* m_loss = nullptr;
    QSpinBox* m_dim = nullptr;
    QSpinBox* m_epochs = nullptr;
    QCheckBox* m_autoTrain = nullptr;
    QPushButton* m_retrain = nullptr;
    QLabel* m_trainingState = nullptr;
};

} // namespace soundalike
