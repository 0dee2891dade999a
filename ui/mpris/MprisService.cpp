#include "ui/mpris/MprisService.h"

#include "ui/mpris/MprisPlayerAdaptor.h"
#include "ui/mpris/MprisPlaylistsAdaptor.h"
#include "ui/mpris/MprisRootAdaptor.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace soundalike {

const QString MprisService::kObjectPath = QStringLiteral("/org/mpris/MediaPlayer2");
const QString MprisService::kServiceName = QStringLiteral("org.mpris.MediaPlayer2.soundalike");

MprisService::MprisService(Player& player, Playlist& playlist, QObject* parent) : QObject(parent)
{
    new MprisRootAdaptor(*this);
    new MprisPlayerAdaptor(*this, player, playlist);
}

MprisService::~MprisService()
{
    if (!m_bus)
        return;
    m_bus->unregisterObject(kObjectPath);
    if (!m_serviceName.isEmpty())
        m_bus->unregisterService(m_serviceName);
}

void MprisService::addPlaylists(PlaylistLibrary& library, PlaylistHistory& history)
{
    new MprisPlaylistsAdaptor(*this, library, history);
}

bool MprisService::registerOn(const QDBusConnection& bus)
{
    // Most desktops have a session bus; a bare X session, a container or a CI machine may not, and the app
    // is just as usable without one.
    m_bus = std::make_unique<QDBusConnection>(bus);
    if (!m_bus->isConnected() || !m_bus->registerObject(kObjectPath, this, QDBusConnection::ExportAdaptors))
        return false;
    for (const QString& name :
         {kServiceName,
          kServiceName + QStringLiteral(".instance%1").arg(QCoreApplication::applicationPid())}) {
        if (m_bus->registerService(name)) {
            m_serviceName = name;
            return true;
        }
    }
    m_bus->unregisterObject(kObjectPath);
    return false;
}

void MprisService::notifyPropertiesChanged(const QString& interface, const QVariantMap& changed) const
{
    if (m_serviceName.isEmpty())
        return;
    QDBusMessage signal = QDBusMessage::createSignal(
        kObjectPath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("PropertiesChanged"));
    signal << interface << changed << QStringList();
    m_bus->send(signal);
}

} // namespace soundalike
