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

class Application;
struct JobHandle;
struct JobProgress;
struct ModelOptions;

// Music folders, rescanning at start, analysis threads, auto-play, how songs are compared (the similarity
// model's options, in plain words, with the technical ones under Advanced) and the interface language.
// Changes apply when the dialog is accepted: added folders are scanned, removed ones forgotten (their files
// are not touched); a new language at the next start. "Retrain now" trains at once with the options shown
// (and keeps them), and says how far it is.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Application& application, QWidget* parent = nullptr);

    QStringList folders() const;
    ModelOptions modelOptions() const;
    void apply();
    void retrain();

private:
    void buildTrayChoices();
    QWidget* buildFolders();
    QWidget* buildLanguage();
    QWidget* buildModel();
    QWidget* buildAdvanced(const ModelOptions& options, QWidget* parent);
    void showTrainingState();
    void onJobProgress(JobHandle handle, const JobProgress& progress);
    void addFolder();
    void removeFolder();

    Application& m_application;
    QListWidget* m_folders;
    QSpinBox* m_threads;
    QCheckBox* m_autoPlay;
    QCheckBox* m_levelLoudness;
    QCheckBox* m_songNotifications;
    QCheckBox* m_trayIcon;
    QCheckBox* m_keepRunningInTray;
    QSpinBox* m_radioAvoidHours;
    QCheckBox* m_rescan;
    QCheckBox* m_watch;
    QComboBox* m_language;
    QComboBox* m_signal = nullptr;
    QComboBox* m_loss = nullptr;
    QSpinBox* m_dim = nullptr;
    QSpinBox* m_epochs = nullptr;
    QCheckBox* m_autoTrain = nullptr;
    QPushButton* m_retrain = nullptr;
    QLabel* m_trainingState = nullptr;
    QString m_trainingText; // the running training's last epoch, in words
};

} // namespace soundalike
