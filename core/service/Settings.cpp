#include "core/service/Settings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QThread>

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
    return std::clamp(m_settings->value(QStringLiteral("playback/volume"), 0.8).toDouble(), 0.0, 1.0);
}

void Settings::setVolume(double volume)
{
    m_settings->setValue(QStringLiteral("playback/volume"), std::clamp(volume, 0.0, 1.0));
}

QString Settings::language() const
{
    return m_settings->value(QStringLiteral("interface/language")).toString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings->setValue(QStringLiteral("interface/language"), language);
}

QByteArray Settings::layout(const QString& name) const
{
    return m_settings->value(QStringLiteral("layout/") + name).toByteArray();
}

void Settings::setLayout(const QString& name, const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("layout/") + name, state);
}

ModelOptions Settings::modelOptions() const
{
    ModelOptions o;
    m_settings->beginGroup(QStringLiteral("model"));
    const QString loss = m_settings->value(QStringLiteral("loss")).toString();
    if (loss == QLatin1String("arcface"))
        o.loss = MetricLoss::ArcFace;
    else if (loss == QLatin1String("triplet"))
        o.loss = MetricLoss::Triplet;
    o.dim = std::clamp(m_settings->value(QStringLiteral("dim"), o.dim).toInt(), ModelOptions::kMinDim,
                       ModelOptions::kMaxDim);
    o.epochs = std::clamp(m_settings->value(QStringLiteral("epochs"), o.epochs).toInt(), 1,
                          ModelOptions::kMaxEpochs);
    o.trainAutomatically = m_settings->value(QStringLiteral("trainAutomatically"), true).toBool();
    m_settings->endGroup();
    return o;
}

void Settings::setModelOptions(const ModelOptions& o)
{
    m_settings->beginGroup(QStringLiteral("model"));
    m_settings->setValue(QStringLiteral("loss"), o.loss == MetricLoss::ArcFace ? QStringLiteral("arcface")
                                                                               : QStringLiteral("triplet"));
    m_settings->setValue(QStringLiteral("dim"), o.dim);
    m_settings->setValue(QStringLiteral("epochs"), o.epochs);
    m_settings->setValue(QStringLiteral("trainAutomatically"), o.trainAutomatically);
    m_settings->endGroup();
}

PlaylistRequest Settings::generateOptions() const
{
    PlaylistRequest r;
    m_settings->beginGroup(QStringLiteral("generate"));
    r.unit = PlaylistRequest::Unit(std::clamp(m_settings->value(QStringLiteral("unit"), 0).toInt(), 0, 1));
    r.length = std::clamp(m_settings->value(QStringLiteral("length"), r.length).toInt(), 1, 1000);
    r.artistGap = std::clamp(m_settings->value(QStringLiteral("artistGap"), r.artistGap).toInt(), 0, 50);
    r.diversity =
        std::clamp(m_settings->value(QStringLiteral("diversity"), r.diversity).toDouble(), 0.0, 1.0);
    r.order = PlaylistRequest::Order(
        std::clamp(m_settings->value(QStringLiteral("order"), int(r.order)).toInt(), 0, 2));
    m_settings->endGroup();
    return r;
}

void Settings::setGenerateOptions(const PlaylistRequest& r)
{
    m_settings->beginGroup(QStringLiteral("generate"));
    m_settings->setValue(QStringLiteral("unit"), int(r.unit));
    m_settings->setValue(QStringLiteral("length"), r.length);
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
        state.playlist.push_back({m_settings->value(QStringLiteral("id")).toLongLong(),
                                  m_settings->value(QStringLiteral("similarity"), -1).toDouble(),
                                  m_settings->value(QStringLiteral("seed")).toLongLong(),
                                  m_settings->value(QStringLiteral("why")).toString()});
    }
    m_settings->endArray();
    state.current = m_settings->value(QStringLiteral("current"), -1).toInt();
    state.positionMs = std::max<qint64>(0, m_settings->value(QStringLiteral("positionMs"), 0).toLongLong());
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
        m_settings->setValue(QStringLiteral("id"), qint64(e.trackId));
        m_settings->setValue(QStringLiteral("similarity"), e.similarity);
        m_settings->setValue(QStringLiteral("seed"), qint64(e.seedId));
        m_settings->setValue(QStringLiteral("why"), e.why);
    }
    m_settings->endArray();
    m_settings->setValue(QStringLiteral("current"), state.current);
    m_settings->setValue(QStringLiteral("positionMs"), state.positionMs);
    m_settings->endGroup();
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace soundalike
