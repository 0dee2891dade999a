#pragma once

#include "ui/desktop/LaunchRequest.h"

#include <QLocalServer>
#include <QObject>

class QLocalSocket;

namespace soundalike {

// One window per library: a start for a library that is already open hands its request to the window that
// has it and exits; another library (--db) gets a window of its own. The socket is the user's own (in the
// runtime folder, owner-only) and named after the database.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // How long a start waits for the running window to confirm: long enough for a busy machine, short
    // enough that a hung window only delays the start that replaces it.
    static constexpr int kAnswerMs = 3000;

    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);

    static QString serverName(const QString& databasePath);
    const QString& serverName() const { return m_name; }

    // True when a running instance confirmed it got `request`. Otherwise none runs or it did not answer, and
    // this instance takes the name for later starts (unless the request needs no window: --quit). Two starts
    // at the same moment take turns, so that one opens the window and the other hands over to it.
    bool handOverOrListen(const LaunchRequest& request);

signals:
    void requestReceived(const soundalike::LaunchRequest& request);

private:
    bool forward(const LaunchRequest& request) const;
    void listen();
    void read(QLocalSocket* socket);

    QString m_name;
    QLocalServer m_server;
};

} // namespace soundalike
