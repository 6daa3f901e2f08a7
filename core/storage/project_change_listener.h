// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/postgis_uri.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace yc {

namespace pg {
class Connection;
}

/// Listens (LISTEN/NOTIFY, on a connection of its own) for the feature ids other clients save to a PostGIS
/// project, without polling: a QSocketNotifier watches libpq's socket on the thread that owns the listener.
/// Connecting (which can take up to libpq's connect timeout) happens on a worker thread; the connection is used
/// on the listener's thread only once it is made. A lost connection is retried every few seconds. Call
/// PostgisProjectStore::pull when `changed` fires.
class ProjectChangeListener : public QObject {
    Q_OBJECT
public:
    ProjectChangeListener(PostgisLocation location, QString channel, QObject *parent = nullptr);
    ~ProjectChangeListener() override;

    /// Connects and starts listening in the background: `connectionChanged(true)` once listening; retries later
    /// when the server cannot be reached.
    void start();
    bool isListening() const;

Q_SIGNALS:
    /// Feature ids saved by anyone (this client included) since the last signal.
    void changed(const QStringList &featureIds);
    /// The connection was lost or came back (for a notice in the window).
    void connectionChanged(bool connected);

private:
    void connected();
    void readNotifications();
    void dropConnection();

    PostgisLocation mLocation;
    QString mChannel;
    std::shared_ptr<pg::Connection> mConn;   ///< listening; null while not connected
    QFutureWatcher<std::shared_ptr<pg::Connection>> mConnecting;
    QSocketNotifier *mNotifier = nullptr;
    QTimer mRetry;
};

} // namespace yc
