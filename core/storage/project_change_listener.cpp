// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/project_change_listener.h"

#include "storage/pg_connection.h"

#include <QSocketNotifier>
#include <QtConcurrent/QtConcurrentRun>

namespace yc {

ProjectChangeListener::ProjectChangeListener(PostgisLocation location, QString channel, QObject *parent)
    : QObject(parent), mLocation(std::move(location)), mChannel(std::move(channel))
{
    mRetry.setInterval(5000);
    mRetry.setSingleShot(true);
    connect(&mRetry, &QTimer::timeout, this, &ProjectChangeListener::start);
    connect(&mConnecting, &QFutureWatcherBase::finished, this, &ProjectChangeListener::connected);
}

ProjectChangeListener::~ProjectChangeListener() = default;

bool ProjectChangeListener::isListening() const { return mNotifier && mConn && mConn->isOpen(); }

void ProjectChangeListener::start()
{
    if (isListening() || mConnecting.isRunning())
        return;
    // The worker holds nothing of this object: if the listener goes first, the connection is simply dropped.
    mConnecting.setFuture(QtConcurrent::run([conninfo = mLocation.conninfo, channel = mChannel]() {
        auto conn = std::make_shared<pg::Connection>(conninfo);
        QString error;
        if (!conn->open(&error) || !conn->run(QLatin1String("LISTEN ") + conn->quoteIdentifier(channel), &error))
            return std::shared_ptr<pg::Connection>();
        return conn;
    }));
}

void ProjectChangeListener::connected()
{
    std::shared_ptr<pg::Connection> conn = mConnecting.result();
    if (!conn) {
        mRetry.start();
        return;
    }
    mConn = std::move(conn);   // from now on used on this thread only
    mNotifier = new QSocketNotifier(qintptr(mConn->socket()), QSocketNotifier::Read, this);
    connect(mNotifier, &QSocketNotifier::activated, this, &ProjectChangeListener::readNotifications);
    Q_EMIT connectionChanged(true);
}

void ProjectChangeListener::readNotifications()
{
    QStringList ids;
    for (const auto &[channel, payload] : mConn->takeNotifications())
        if (channel == mChannel && !ids.contains(payload))
            ids.append(payload);
    if (!mConn->isOpen()) {
        dropConnection();
        return;
    }
    if (!ids.isEmpty())
        Q_EMIT changed(ids);
}

void ProjectChangeListener::dropConnection()
{
    delete mNotifier;
    mNotifier = nullptr;
    mConn.reset();
    Q_EMIT connectionChanged(false);
    mRetry.start();
}

} // namespace yc
