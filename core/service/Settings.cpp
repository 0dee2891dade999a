#include "core/service/Settings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QThread>

#include <optional>
#include <utility>

namespace soundalike {

namespace {

QString sessionGroup(const QString& databasePath)
{
    const QByteArray key = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("session-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

Settings::Settings(const QString& file) : m_settings(std::make_unique<QSettings>(file, QSettings::IniFormat))
{}

Settings::~Settings() = default;

bool Settings::autoPlay() const
{
    return m_settings->value(QStringLiteral("playback/autoPlay"), true).toBool();
}

void Settings::setAutoPlay(bool on)
{
    m_settings->setValue(QStringLiteral("playback/autoPlay"), on);
}

bool Settings::rescanOnStart() const
{
    return m_settings->value(QStringLiteral("library/rescanOnStart"), true).toBool();
}

void Settings::setRescanOnStart(bool on)
{
    m_settings->setValue(QStringLiteral("library/rescanOnStart"), on);
}

bool Settings::watchFolders() const
{
    return m_settings->value(QStringLiteral("library/watchFolders"), true).toBool();
}

void Settings::setWatchFolders(bool on)
{
    m_settings->setValue(QStringLiteral("library/watchFolders"), on);
}

int Settings::analysisThreads() const
{
    const int threads =
        m_settings->value(QStringLiteral("analysis/threads"), QThread::idealThreadCount()).toInt();
    return std::max(1, threads);
}

void Settings::setAnalysisThreads(int threads)
{
    m_settings->setValue(QStringLiteral("analysis/threads"), std::max(1, threads));
}

double Settings::volume() const
{
    // Full by default, as in other players: levelling already turns loud songs down to the target loudness
    // (LoudnessLevels), and a lower default on top of that played levelled songs ~9 dB softer than elsewhere.
    return std::clamp(m_settings->value(QStringLiteral("playback/volume"), 1.0).toDouble(), 0.0, 1.0);
}

void Settings::setVolume(double volume)
{
    m_settings->setValue(QStringLiteral("playback/volume"), std::clamp(volume, 0.0, 1.0));
}

bool Settings::muted() const
{
    return m_settings->value(QStringLiteral("playback/muted"), false).toBool();
}

void Settings::setMuted(bool muted)
{
    m_settings->setValue(QStringLiteral("playback/muted"), muted);
}

bool Settings::levelLoudness() const
{
    return m_settings->value(QStringLiteral("playback/levelLoudness"), true).toBool();
}

void Settings::setLevelLoudness(bool on)
{
    m_settings->setValue(QStringLiteral("playback/levelLoudness"), on);
}

bool Settings::songNotifications() const
{
    return m_settings->value(QStringLiteral("playback/songNotifications"), true).toBool();
}

void Settings::setSongNotifications(bool on)
{
    m_settings->setValue(QStringLiteral("playback/songNotifications"), on);
}

bool Settings::trayIcon() const
{
    return m_settings->value(QStringLiteral("desktop/trayIcon"), true).toBool();
}

void Settings::setTrayIcon(bool on)
{
    m_settings->setValue(QStringLiteral("desktop/trayIcon"), on);
}

bool Settings::keepRunningInTray() const
{
    return m_settings->value(QStringLiteral("desktop/keepRunningInTray"), false).toBool();
}

void Settings::setKeepRunningInTray(bool on)
{
    m_settings->setValue(QStringLiteral("desktop/keepRunningInTray"), on);
}

bool Settings::radio() const
{
    return m_settings->value(QStringLiteral("radio/enabled"), false).toBool();
}

void Settings::setRadio(bool on)
{
    m_settings->setValue(QStringLiteral("radio/enabled"), on);
}

int Settings::radioAvoidHours() const
{
    return std::clamp(m_settings->value(QStringLiteral("radio/avoidHours"), 24).toInt(), 0, kMaxAvoidHours);
}

void Settings::setRadioAvoidHours(int hours)
{
    m_settings->setValue(QStringLiteral("radio/avoidHours"), std::clamp(hours, 0, kMaxAvoidHours));
}

bool Settings::shuffle() const
{
    return m_settings->value(QStringLiteral("playback/shuffle"), false).toBool();
}

void Settings::setShuffle(bool on)
{
    m_settings->setValue(QStringLiteral("playback/shuffle"), on);
}

int Settings::repeat() const
{
    return std::clamp(m_settings->value(QStringLiteral("playback/repeat"), 0).toInt(), 0, 2);
}

void Settings::setRepeat(int repeat)
{
    m_settings->setValue(QStringLiteral("playback/repeat"), std::clamp(repeat, 0, 2));
}

QString Settings::language() const
{
    return m_settings->value(QStringLiteral("interface/language")).toString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings->setValue(QStringLiteral("interface/language"), language);
}

QString Settings::lastFolder(const QString& purpose) const
{
    return m_settings->value(QStringLiteral("folders/") + purpose).toString();
}

void Settings::setLastFolder(const QString& purpose, const QString& folder)
{
    m_settings->setValue(QStringLiteral("folders/") + purpose, folder);
}

QString Settings::mapColouring() const
{
    return m_settings->value(QStringLiteral("map/colouring")).toString();
}

void Settings::setMapColouring(const QString& colouring)
{
    m_settings->setValue(QStringLiteral("map/colouring"), colouring);
}

bool Settings::mapLegendFolded() const
{
    return m_settings->value(QStringLiteral("map/legendFolded"), false).toBool();
}

void Settings::setMapLegendFolded(bool folded)
{
    m_settings->setValue(QStringLiteral("map/legendFolded"), folded);
}

QByteArray Settings::layout(const QString& name) const
{
    return m_settings->value(QStringLiteral("layout/") + name).toByteArray();
}

void Settings::setLayout(const QString& name, const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("layout/") + name, state);
}

namespace {

const std::pair<TrainingSignal, QLatin1String> kSignals[] = {
    {TrainingSignal::Auto, QLatin1String("auto")},
    {TrainingSignal::Labels, QLatin1String("labels")},
    {TrainingSignal::SelfSupervised, QLatin1String("self")},
};

std::optional<MetricLoss> lossNamed(const QString& name)
{
    for (MetricLoss loss : {MetricLoss::Triplet, MetricLoss::ArcFace, MetricLoss::InfoNce}) {
        if (name == QLatin1String(metricLossName(loss)))
            return loss;
    }
    return std::nullopt; // "auto", or anything unknown: the best loss for the signal
}

} // namespace

ModelOptions Settings::modelOptions() const
{
    ModelOptions o;
    LearnOptions& learn = o.learn;
    m_settings->beginGroup(QStringLiteral("model"));
    learn.loss = lossNamed(m_settings->value(QStringLiteral("loss")).toString());
    const QString signal = m_settings->value(QStringLiteral("signal")).toString();
    for (const auto& [value, name] : kSignals) {
        if (signal == name)
            learn.signal = value;
    }
    learn.dim = std::clamp(m_settings->value(QStringLiteral("dim"), learn.dim).toInt(), LearnOptions::kMinDim,
                           LearnOptions::kMaxDim);
    learn.epochs = std::clamp(m_settings->value(QStringLiteral("epochs"), learn.epochs).toInt(), 1,
                              LearnOptions::kMaxEpochs);
    o.trainAutomatically = m_settings->value(QStringLiteral("trainAutomatically"), true).toBool();
    m_settings->endGroup();
    return o;
}

void Settings::setModelOptions(const ModelOptions& o)
{
    m_settings->beginGroup(QStringLiteral("model"));
    m_settings->setValue(QStringLiteral("loss"), o.learn.loss
                                                     ? QString::fromLatin1(metricLossName(*o.learn.loss))
                                                     : QStringLiteral("auto"));
    for (const auto& [value, name] : kSignals) {
        if (o.learn.signal == value)
            m_settings->setValue(QStringLiteral("signal"), QString(name));
    }
    m_settings->setValue(QStringLiteral("dim"), o.learn.dim);
    m_settings->setValue(QStringLiteral("epochs"), o.learn.epochs);
    m_settings->setValue(QStringLiteral("trainAutomatically"), o.trainAutomatically);
    m_settings->endGroup();
}

// Kept as the controls show it (a length in songs or in minutes), so older settings files read the same.
PlaylistRequest Settings::generateOptions() const
{
    PlaylistRequest r;
    r.order = PlaylistOrder::Smooth;
    m_settings->beginGroup(QStringLiteral("generate"));
    const bool minutes = m_settings->value(QStringLiteral("unit"), 0).toInt() == 1;
    const int length = std::clamp(m_settings->value(QStringLiteral("length"), r.count).toInt(), 1, 1000);
    r.count = minutes ? 0 : length;
    r.minutes = minutes ? length : 0;
    r.artistGap = std::clamp(m_settings->value(QStringLiteral("artistGap"), r.artistGap).toInt(), 0, 50);
    r.diversity =
        std::clamp(m_settings->value(QStringLiteral("diversity"), r.diversity).toDouble(), 0.0, 1.0);
    r.order =
        PlaylistOrder(std::clamp(m_settings->value(QStringLiteral("order"), int(r.order)).toInt(), 0, 2));
    m_settings->endGroup();
    return r;
}

void Settings::setGenerateOptions(const PlaylistRequest& r)
{
    m_settings->beginGroup(QStringLiteral("generate"));
    m_settings->setValue(QStringLiteral("unit"), r.count == 0 ? 1 : 0);
    m_settings->setValue(QStringLiteral("length"), r.count == 0 ? r.minutes : r.count);
    m_settings->setValue(QStringLiteral("artistGap"), r.artistGap);
    m_settings->setValue(QStringLiteral("diversity"), r.diversity);
    m_settings->setValue(QStringLiteral("order"), int(r.order));
    m_settings->endGroup();
}

SessionState Settings::session(const QString& databasePath) const
{
    SessionState state;
    m_settings->beginGroup(sessionGroup(databasePath));
    const int seeds = m_settings->beginReadArray(QStringLiteral("seeds"));
    for (int i = 0; i < seeds; ++i) {
        m_settings->setArrayIndex(i);
        state.seeds.push_back(m_settings->value(QStringLiteral("id")).toLongLong());
    }
    m_settings->endArray();
    const int entries = m_settings->beginReadArray(QStringLiteral("playlist"));
    for (int i = 0; i < entries; ++i) {
        m_settings->setArrayIndex(i);
        Track track;
        track.id = m_settings->value(QStringLiteral("id")).toLongLong();
        track.path = m_settings->value(QStringLiteral("path")).toByteArray().toStdString();
        track.title = m_settings->value(QStringLiteral("title")).toString();
        track.artist = m_settings->value(QStringLiteral("artist")).toString();
        track.album = m_settings->value(QStringLiteral("album")).toString();
        track.durationMs = m_settings->value(QStringLiteral("durationMs"), 0).toInt();
        state.playlist.push_back({std::move(track),
                                  m_settings->value(QStringLiteral("similarity"), -1).toDouble(),
                                  m_settings->value(QStringLiteral("seed")).toLongLong(),
                                  m_settings->value(QStringLiteral("why")).toString(),
                                  m_settings->value(QStringLiteral("match"), -1).toDouble()});
    }
    m_settings->endArray();
    const int queued = m_settings->beginReadArray(QStringLiteral("queue"));
    for (int i = 0; i < queued; ++i) {
        m_settings->setArrayIndex(i);
        state.queue.push_back(m_settings->value(QStringLiteral("id")).toLongLong());
    }
    m_settings->endArray();
    state.current = m_settings->value(QStringLiteral("current"), -1).toInt();
    state.positionMs = std::max<qint64>(0, m_settings->value(QStringLiteral("positionMs"), 0).toLongLong());
    state.originTitle = m_settings->value(QStringLiteral("originTitle")).toString();
    state.originSavedId = m_settings->value(QStringLiteral("originSavedId"), 0).toLongLong();
    state.originRecipe =
        QJsonDocument::fromJson(m_settings->value(QStringLiteral("originRecipe")).toByteArray()).object();
    m_settings->endGroup();
    return state;
}

void Settings::setSession(const QString& databasePath, const SessionState& state)
{
    m_settings->beginGroup(sessionGroup(databasePath));
    m_settings->remove(QString()); // the whole group: shorter arrays must not keep stale tails
    m_settings->beginWriteArray(QStringLiteral("seeds"), int(state.seeds.size()));
    for (int i = 0; i < int(state.seeds.size()); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), qint64(state.seeds[std::size_t(i)]));
    }
    m_settings->endArray();
    m_settings->beginWriteArray(QStringLiteral("playlist"), int(state.playlist.size()));
    for (int i = 0; i < int(state.playlist.size()); ++i) {
        const SessionState::Entry& e = state.playlist[std::size_t(i)];
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), qint64(e.track.id));
        m_settings->setValue(QStringLiteral("path"), QByteArray::fromStdString(e.track.path));
        m_settings->setValue(QStringLiteral("title"), e.track.title);
        m_settings->setValue(QStringLiteral("artist"), e.track.artist);
        m_settings->setValue(QStringLiteral("album"), e.track.album);
        m_settings->setValue(QStringLiteral("durationMs"), e.track.durationMs);
        m_settings->setValue(QStringLiteral("similarity"), e.similarity);
        m_settings->setValue(QStringLiteral("seed"), qint64(e.seedId));
        m_settings->setValue(QStringLiteral("why"), e.why);
        m_settings->setValue(QStringLiteral("match"), e.match);
    }
    m_settings->endArray();
    m_settings->beginWriteArray(QStringLiteral("queue"), int(state.queue.size()));
    for (int i = 0; i < int(state.queue.size()); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), qint64(state.queue[std::size_t(i)]));
    }
    m_settings->endArray();
    m_settings->setValue(QStringLiteral("current"), state.current);
    m_settings->setValue(QStringLiteral("positionMs"), state.positionMs);
    m_settings->setValue(QStringLiteral("originTitle"), state.originTitle);
    m_settings->setValue(QStringLiteral("originSavedId"), qint64(state.originSavedId));
    if (!state.originRecipe.isEmpty())
        m_settings->setValue(QStringLiteral("originRecipe"),
                             QJsonDocument(state.originRecipe).toJson(QJsonDocument::Compact));
    m_settings->endGroup();
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace soundalike
