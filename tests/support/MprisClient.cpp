#include "tests/support/MprisClient.h"

#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QSignalSpy>

namespace soundalike::test {

const QString MprisClient::kObjectPath = QStringLiteral("/org/mpris/MediaPlayer2");
const QString MprisClient::kProperties = QStringLiteral("org.freedesktop.DBus.Properties");

MprisClient::MprisClient(const QString& connectionName)
    : m_connection(QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName))
{}

QDBusMessage MprisClient::call(const QString& interface, const QString& method, const QVariantList& arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(m_service, kObjectPath, interface, method);
    message.setArguments(arguments);
    QDBusPendingCallWatcher watcher(m_connection.asyncCall(message));
    QSignalSpy finished(&watcher, &QDBusPendingCallWatcher::finished);
    if (!watcher.isFinished())
        finished.wait(10000);
    return watcher.reply();
}

QVariant MprisClient::get(const QString& interface, const QString& property)
{
    const QDBusMessage reply = call(kProperties, QStringLiteral("Get"), {interface, property});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().at(0).value<QDBusVariant>().variant();
}

QDBusMessage MprisClient::set(const QString& interface, const QString& property, const QVariant& value)
{
    return call(kProperties, QStringLiteral("Set"),
                {interface, property, QVariant::fromValue(QDBusVariant(value))});
}

bool MprisClient::subscribe(const QString& interface, const QString& signal, QObject* receiver,
                            const char* slot)
{
    if (!m_connection.connect(m_service, kObjectPath, interface, signal, receiver, slot))
        return false;
    m_subscriptions.append({m_service, interface, signal, receiver, slot});
    return true;
}

void MprisClient::unsubscribeAll()
{
    for (const Subscription& s : std::as_const(m_subscriptions))
        m_connection.disconnect(s.service, kObjectPath, s.interface, s.signal, s.receiver, s.slot);
    m_subscriptions.clear();
}

} // namespace soundalike::test
