#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QList>
#include <QString>
#include <QVariant>

namespace soundalike::test {

// A desktop's side of MPRIS: a session-bus connection of its own (as another process would have) that
// calls the player's service, reads and writes its properties and listens to its signals. Calls are
// asynchronous and waited for: the service under test lives on the test's thread, so a blocking call would
// wait for itself.
class MprisClient
{
public:
    explicit MprisClient(const QString& connectionName);

    [[nodiscard]] bool isConnected() const { return m_connection.isConnected(); }
    // The service (bus name) the calls and subscriptions below address; a test registers a new one per case.
    void setService(const QString& serviceName) { m_service = serviceName; }

    QDBusMessage call(const QString& interface, const QString& method, const QVariantList& arguments = {});
    // A property's value; invalid when the call failed.
    [[nodiscard]] QVariant get(const QString& interface, const QString& property);
    QDBusMessage set(const QString& interface, const QString& property, const QVariant& value);

    // Delivers the service's `signal` of `interface` to `receiver`'s `slot` until unsubscribeAll().
    [[nodiscard]] bool subscribe(const QString& interface, const QString& signal, QObject* receiver,
                                 const char* slot);
    void unsubscribeAll();

    // The object path the MPRIS specification puts every player at.
    static const QString kObjectPath;
    static const QString kProperties;

private:
    struct Subscription
    {
        QString service;
        QString interface;
        QString signal;
        QObject* receiver;
        const char* slot;
    };

    QDBusConnection m_connection;
    QString m_service;
    QList<Subscription> m_subscriptions;
};

} // namespace soundalike::test
