#include "ui/desktop/SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLockFile>

#include <unistd.h>

namespace soundalike {

namespace {

constexpr char kConfirmation = '1';
constexpr qsizetype kMaxRequestBytes = 16 * 1024 * 1024;

// The database file may not exist yet at the first start; its folder usually does.
QString canonicalDatabasePath(const QString& databasePath)
{
    const QFileInfo file(QDir::cleanPath(QFileInfo(databasePath).absoluteFilePath()));
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? file.absoluteFilePath() : folder + QLatin1Char('/') + file.fileName();
}

} // namespace

SingleInstance::SingleInstance(const QString& databasePath, QObject* parent)
    : QObject(parent), m_name(serverName(databasePath))
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
            read(socket);
        }
    });
}

QString SingleInstance::serverName(const QString& databasePath)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalDatabasePath(databasePath).toUtf8(), QCryptographicHash::Sha1);
    const QString name = QStringLiteral("soundalike-%1-%2.socket")
                             .arg(::getuid())
                             .arg(QString::fromLatin1(hash.toHex().left(16)));
    // The runtime folder is the user's alone; without one, QLocalServer's default folder (/tmp) and an
    // owner-only socket do.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo(runtime).isDir() ? QDir(runtime).filePath(name) : name;
}

bool SingleInstance::handOverOrListen(const LaunchRequest& request)
{
    // Beside the socket: the runtime folder, or QLocalServer's default folder for a bare name. A start that
    // cannot have the lock in time goes on without it rather than not at all; a crashed holder's lock is
    // stale at once (QLockFile checks its process).
    const QString folder = QFileInfo(m_name).isAbsolute() ? QString() : QDir::tempPath() + QLatin1Char('/');
    QLockFile turn(folder + m_name + QStringLiteral(".lock"));
    turn.tryLock(2 * kAnswerMs);
    if (forward(request))
        return true;
    if (request.command != LaunchRequest::Command::Quit)
        listen();
    return false;
}

bool SingleInstance::forward(const LaunchRequest& request) const
{
    const QDeadlineTimer deadline(kAnswerMs);
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    QDataStream out(&socket);
    out << request.encode();
    socket.flush();
    // A stopped or hung instance still accepts the connection (the kernel does), but never answers.
    while (socket.bytesAvailable() < 1) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == kConfirmation;
}

void SingleInstance::listen()
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(m_name))
        return;
    // The socket file outlived its instance (a crash), or its instance did not answer forward().
    QLocalServer::removeServer(m_name);
    if (!m_server.listen(m_name))
        qWarning("Later starts cannot find this window, so each will open its own: %s",
                 qPrintable(m_server.errorString()));
}

void SingleInstance::read(QLocalSocket* socket)
{
    QDataStream in(socket);
    in.startTransaction();
    QByteArray bytes;
    in >> bytes;
    if (!in.commitTransaction()) {
        if (socket->bytesAvailable() > kMaxRequestBytes)
            socket->abort();
        return;
    }
    const std::optional<LaunchRequest> request = LaunchRequest::decode(bytes);
    if (!request) {
        socket->abort();
        return;
    }
    // Confirmed before it is carried out: the sender exits at once, whatever opening the files takes.
    socket->putChar(kConfirmation);
    socket->flush();
    socket->disconnectFromServer();
    emit requestReceived(*request);
}

} // namespace soundalike
