// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/postgis_uri.h"

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
/// A lost connection is retried every few seconds. Call PostgisProjectStore::pull when `changed` fires.
class ProjectChangeListener : public QObject {
    Q_OBJECT
public:
    ProjectChangeListener(PostgisLocation location, QString channel, QObject *parent = nullptr);
    ~ProjectChangeListener() override;

    /// Connects and starts listening; false (and retries later) when the server cannot be reached.
    bool start();
    bool isListening() const;

Q_SIGNALS:
    /// Feature ids saved by anyone (this client included) since the last signal.
    void changed(const QStringList &featureIds);
    /// The connection was lost or came back (for a notice in the window).
    void connectionChanged(bool connected);

private:
    void readNotifications();
    void dropConnection();

    PostgisLocation mLocation;
    QString mChannel;
    std::unique_ptr<pg::Connection> mConn;
    QSocketNotifier *mNotifier = nullptr;
    QTimer mRetry;
};

} // namespace yc
