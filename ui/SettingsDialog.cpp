#include "ui/SettingsDialog.h"

#include "core/service/Application.h"
#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/LoudnessLevels.h"
#include "core/service/Settings.h"
#include "ui/FileDialogs.h"
#include "ui/UiLanguage.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QThread>

#include <algorithm>

namespace soundalike {

SettingsDialog::SettingsDialog(Application& application, QWidget* parent)
    : QDialog(parent), m_application(application), m_folders(new QListWidget(this)),
      m_threads(new QSpinBox(this)),
      m_autoPlay(new QCheckBox(tr("Start playing as soon as a playlist is generated"), this)),
      m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_folders->addItems(m_application.library().folders());
    m_threads->setObjectName(QStringLiteral("analysisThreads"));
    m_autoPlay->setObjectName(QStringLiteral("autoPlay"));
    m_threads->setRange(1, std::max(1, QThread::idealThreadCount()) * 2);
    m_threads->setValue(m_application.settings().analysisThreads());
    m_threads->setToolTip(tr("How many tracks are analysed at once. More is faster but leaves less for other "
                             "programs."));
    m_autoPlay->setChecked(m_application.settings().autoPlay());
    m_rescan = new QCheckBox(tr("Look for new and changed files at every start"), this);
    m_rescan->setChecked(m_application.settings().rescanOnStart());
    m_watch = new QCheckBox(tr("Follow changes in these folders while Soundalike runs"), this);
    m_watch->setObjectName(QStringLiteral("watchFolders"));
    m_watch->setToolTip(
        tr("Songs added, renamed, moved or deleted in the music folders appear in the library "
           "a few seconds later, without a restart."));
    m_watch->setChecked(m_application.settings().watchFolders());

    m_levelLoudness = new QCheckBox(tr("Play every song equally loud"), this);
    m_levelLoudness->setObjectName(QStringLiteral("levelLoudness"));
    m_levelLoudness->setToolTip(
        tr("Every song plays at one loudness, measured by Soundalike itself: loud songs are turned down, "
           "quiet "
           "ones up as far as the volume allows. The level (now %1 LUFS) is set so that nearly all of your "
           "songs reach it even at full volume. Songs not measured yet play as they are.")
            .arg(locale().toString(m_application.loudness().targetLufs(), 'f', 1)));
    m_levelLoudness->setChecked(m_application.settings().levelLoudness());
    m_songNotifications = new QCheckBox(tr("Show each new song in a desktop notification"), this);
    m_songNotifications->setObjectName(QStringLiteral("songNotifications"));
    m_songNotifications->setToolTip(
        tr("While Soundalike's window is in the background, the desktop shows the "
           "title, artist and cover of each song as it starts."));
    m_songNotifications->setChecked(m_application.settings().songNotifications());
    buildTrayChoices();
    m_radioAvoidHours = new QSpinBox(this);
    m_radioAvoidHours->setObjectName(QStringLiteral("radioAvoidHours"));
    m_radioAvoidHours->setRange(0, Settings::kMaxAvoidHours);
    m_radioAvoidHours->setSuffix(tr(" h"));
    m_radioAvoidHours->setValue(m_application.settings().radioAvoidHours());
    m_radioAvoidHours->setToolTip(
        tr("When it keeps playing similar songs, Soundalike leaves out songs you heard "
           "within this many hours."));

    auto* analysis = new QGroupBox(tr("Analysis and playback"), this);
    auto* form = new QFormLayout(analysis);
    form->addRow(tr("Analysis &threads:"), m_threads);
    form->addRow(m_autoPlay);
    form->addRow(m_levelLoudness);
    form->addRow(m_songNotifications);
    form->addRow(m_trayIcon);
    form->addRow(m_keepRunningInTray);
    form->addRow(tr("Don't repeat songs &heard in the last:"), m_radioAvoidHours);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(buildFolders(), 1);
    pageLayout->addWidget(m_rescan);
    pageLayout->addWidget(m_watch);
    pageLayout->addWidget(analysis);
    pageLayout->addWidget(buildModel());
    pageLayout->addWidget(buildLanguage());
    // The settings scroll and OK and Cancel stay in view: with the advanced options open, the dialog is
    // taller than a 600-pixel laptop screen, whose bottom edge hid its buttons.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsPage"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    const int screenHeight = screen() ? screen()->availableGeometry().height() : 768;
    resize(560, std::min(640, screenHeight - 60));
}

QWidget* SettingsDialog::buildFolders()
{
    auto* box = new QGroupBox(tr("Music folders"), this);
    auto* add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add…"), box);
    auto* remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"), box);
    remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addFolder);
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeFolder);
    connect(m_folders, &QListWidget::currentRowChanged, remove,
            [remove](int row) { remove->setEnabled(row >= 0); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(m_folders, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* SettingsDialog::buildLanguage()
{
    auto* box = new QGroupBox(tr("Language"), this);
    m_language->setObjectName(QStringLiteral("language"));
    const QString system = UiLanguage::nativeName(UiLanguage::choose(QString(), QLocale::system()));
    m_language->addItem(tr("System default (%1)").arg(system), QString());
    for (const QString& language : UiLanguage::available())
        m_language->addItem(UiLanguage::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_application.settings().language())));
    auto* note = new QLabel(tr("A new language is used from the next start of Soundalike."), box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Interface language:"), m_language);
    form->addRow(note);
    return box;
}

QWidget* SettingsDialog::buildModel()
{
    const ModelOptions options = m_application.settings().modelOptions();
    auto* box = new QGroupBox(tr("How songs are compared"), this);
    m_signal = new QComboBox(box);
    m_signal->setObjectName(QStringLiteral("modelSignal"));
    m_signal->addItem(tr("Learn from my genre tags, where enough songs have them"),
                      int(TrainingSignal::Auto));
    m_signal->addItem(tr("Learn from the sound alone"), int(TrainingSignal::SelfSupervised));
    m_signal->setCurrentIndex(std::max(0, m_signal->findData(int(options.learn.signal))));
    m_signal->setToolTip(
        tr("Soundalike learns what makes songs alike from your own library. Genre tags teach "
           "it styles; without them it learns from the sound of the songs alone."));
    m_autoTrain = new QCheckBox(tr("Learn again by itself when the library has grown"), box);
    m_autoTrain->setObjectName(QStringLiteral("trainAutomatically"));
    m_autoTrain->setChecked(options.trainAutomatically);
    m_retrain = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Retrain &Now"), box);
    m_retrain->setObjectName(QStringLiteral("retrainNow"));
    m_retrain->setToolTip(tr("Learn again from every analysed song now, with these options."));
    connect(m_retrain, &QPushButton::clicked, this, &SettingsDialog::retrain);
    m_trainingState = new QLabel(box);
    m_trainingState->setObjectName(QStringLiteral("trainingState"));
    m_trainingState->setWordWrap(true);
    JobQueue& jobs = m_application.jobs();
    connect(&jobs, &JobQueue::started, this, &SettingsDialog::showTrainingState);
    connect(&jobs, &JobQueue::progress, this, &SettingsDialog::onJobProgress);
    connect(&jobs, &JobQueue::finished, this, &SettingsDialog::showTrainingState);
    connect(&m_application.pipeline(), &LibraryPipeline::trainingFinished, this,
            [this](const TrainingOutcome& outcome, bool cancelled, const QString& error) {
                m_trainingText.clear();
                showTrainingState();
                if (outcome.trained)
                    m_trainingState->setText(tr("Done: a new model learnt from %Ln song(s) in %L1 s.",
                                                nullptr, int(outcome.tracks))
                                                 .arg(outcome.seconds, 0, 'f', 1));
                else if (cancelled)
                    m_trainingState->setText(tr("Training stopped."));
                else if (!error.isEmpty())
                    m_trainingState->setText(tr("Training failed: %1").arg(error));
            });
    showTrainingState();

    auto* retrainRow = new QHBoxLayout;
    retrainRow->addWidget(m_retrain);
    retrainRow->addWidget(m_trainingState, 1);
    auto* form = new QFormLayout(box);
    form->addRow(m_signal);
    form->addRow(m_autoTrain);
    form->addRow(retrainRow);
    form->addRow(buildAdvanced(options, box));
    return box;
}

// The technical options, folded away: most people never need them.
QWidget* SettingsDialog::buildAdvanced(const ModelOptions& options, QWidget* parent)
{
    // A check box above a frame shown only when ticked: a checkable group box folded still drew its empty
    // frame under the title (Fusion ignores a flat group box), which looked like something missing.
    auto* advanced = new QWidget(parent);
    auto* toggle = new QCheckBox(tr("Advanced"), advanced);
    toggle->setObjectName(QStringLiteral("modelAdvanced"));
    auto* content = new QGroupBox(advanced);
    m_loss = new QComboBox(content);
    m_loss->setObjectName(QStringLiteral("modelLoss"));
    m_loss->addItem(tr("Automatic (the best measured for what it learns from)"), -1);
    m_loss->addItem(tr("Genres as classes (ArcFace)"), int(MetricLoss::ArcFace));
    m_loss->addItem(tr("Alike and unlike pairs (triplet)"), int(MetricLoss::Triplet));
    m_loss->addItem(tr("Each song's own parts, sound alone (InfoNCE)"), int(MetricLoss::InfoNce));
    m_loss->setCurrentIndex(
        std::max(0, m_loss->findData(options.learn.loss ? int(*options.learn.loss) : -1)));
    m_loss->setToolTip(
        tr("What the model is taught. Genres as classes measured best where songs have genre tags; "
           "each song's own parts (two moments of one song sound alike) where they have none."));
    m_dim = new QSpinBox(content);
    m_dim->setObjectName(QStringLiteral("modelDim"));
    m_dim->setRange(LearnOptions::kMinDim, LearnOptions::kMaxDim);
    m_dim->setValue(options.learn.dim);
    m_dim->setToolTip(tr("Numbers per song in the learnt space. More can tell finer differences apart but "
                         "needs more songs to learn from."));
    m_epochs = new QSpinBox(content);
    m_epochs->setObjectName(QStringLiteral("modelEpochs"));
    m_epochs->setRange(1, LearnOptions::kMaxEpochs);
    m_epochs->setValue(options.learn.epochs);
    m_epochs->setToolTip(tr("Passes over the library while learning. More takes longer."));
    auto* form = new QFormLayout(content);
    form->addRow(tr("&Learn:"), m_loss);
    form->addRow(tr("&Embedding size:"), m_dim);
    form->addRow(tr("E&pochs:"), m_epochs);
    // Its entries' full text is in the list: shown whole in the box, it widened the dialog on unfolding.
    m_loss->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_loss->setMinimumContentsLength(24);
    content->setVisible(false);
    connect(toggle, &QCheckBox::toggled, content, &QWidget::setVisible);
    auto* layout = new QVBoxLayout(advanced);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toggle);
    layout->addWidget(content);
    return advanced;
}

ModelOptions SettingsDialog::modelOptions() const
{
    ModelOptions options;
    options.learn.signal = TrainingSignal(m_signal->currentData().toInt());
    const int loss = m_loss->currentData().toInt();
    if (loss >= 0)
        options.learn.loss = MetricLoss(loss);
    options.learn.dim = m_dim->value();
    options.learn.epochs = m_epochs->value();
    options.trainAutomatically = m_autoTrain->isChecked();
    return options;
}

void SettingsDialog::buildTrayChoices()
{
    const bool trayThere = QSystemTrayIcon::isSystemTrayAvailable();
    m_trayIcon = new QCheckBox(tr("Show an icon in the system tray"), this);
    m_trayIcon->setObjectName(QStringLiteral("trayIcon"));
    m_trayIcon->setToolTip(trayThere
                               ? tr("A click on the icon shows or hides the window, a middle click plays or "
                                    "pauses, and its menu has the player's buttons.")
                               : tr("This desktop shows no system tray now."));
    m_trayIcon->setChecked(m_application.settings().trayIcon());
    m_keepRunningInTray = new QCheckBox(tr("Closing the window keeps Soundalike playing in the tray"), this);
    m_keepRunningInTray->setObjectName(QStringLiteral("keepRunningInTray"));
    m_keepRunningInTray->setToolTip(tr("File ▸ Quit, or Quit in the icon's menu, ends it."));
    m_keepRunningInTray->setChecked(m_application.settings().keepRunningInTray());
    // Without an icon to bring it back, a window hidden on closing would be lost.
    const auto follow = [this, trayThere] {
        m_keepRunningInTray->setEnabled(trayThere && m_trayIcon->isChecked());
    };
    connect(m_trayIcon, &QCheckBox::toggled, this, follow);
    follow();
}

void SettingsDialog::retrain()
{
    m_application.settings().setModelOptions(modelOptions());
    m_application.applySettings();
    m_application.pipeline().train(modelOptions().learn);
}

void SettingsDialog::onJobProgress(JobHandle handle, const JobProgress& progress)
{
    if (handle.kind != Job::Kind::Training)
        return;
    m_trainingText = tr("Training: epoch %1 of %2…").arg(progress.done).arg(progress.total);
    showTrainingState();
}

void SettingsDialog::showTrainingState()
{
    const std::optional<JobHandle> running = m_application.jobs().running();
    const bool training = running && running->kind == Job::Kind::Training;
    m_retrain->setEnabled(!training);
    if (training)
        m_trainingState->setText(m_trainingText.isEmpty() ? tr("Training…") : m_trainingText);
}

QStringList SettingsDialog::folders() const
{
    QStringList list;
    for (int i = 0; i < m_folders->count(); ++i)
        list << m_folders->item(i)->text();
    return list;
}

void SettingsDialog::addFolder()
{
    const QString folder = FileDialogs::existingFolder(this, tr("Add Music Folder"));
    if (!folder.isEmpty() && !folders().contains(folder))
        m_folders->addItem(folder);
}

void SettingsDialog::removeFolder()
{
    delete m_folders->takeItem(m_folders->currentRow());
}

void SettingsDialog::apply()
{
    const QStringList now = folders();
    const QStringList before = m_application.library().folders();
    for (const QString& folder : before) {
        if (!now.contains(folder))
            m_application.pipeline().removeFolder(toFilePath(folder));
    }
    for (const QString& folder : now) {
        if (!before.contains(folder))
            m_application.pipeline().scan({toFilePath(folder)});
    }
    m_application.settings().setAnalysisThreads(m_threads->value());
    m_application.settings().setAutoPlay(m_autoPlay->isChecked());
    m_application.settings().setLevelLoudness(m_levelLoudness->isChecked());
    m_application.settings().setSongNotifications(m_songNotifications->isChecked());
    m_application.settings().setTrayIcon(m_trayIcon->isChecked());
    m_application.settings().setKeepRunningInTray(m_keepRunningInTray->isChecked());
    m_application.settings().setRadioAvoidHours(m_radioAvoidHours->value());
    m_application.settings().setRescanOnStart(m_rescan->isChecked());
    m_application.settings().setWatchFolders(m_watch->isChecked());
    m_application.settings().setModelOptions(modelOptions());
    m_application.settings().setLanguage(m_language->currentData().toString());
    m_application.applySettings();
}

} // namespace soundalike
