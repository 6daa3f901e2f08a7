// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/project_change_listener.h"

#include "storage/pg_connection.h"

#include <QSocketNotifier>

namespace yc {

ProjectChangeListener::ProjectChangeListener(PostgisLocation location, QString channel, QObject *parent)
    : QObject(parent), mLocation(std::move(location)), mChannel(std::move(channel)),
      mConn(std::make_unique<pg::Connection>(mLocation.conninfo))
{
    mRetry.setInterval(5000);
    mRetry.setSingleShot(true);
    connect(&mRetry, &QTimer::timeout, this, &ProjectChangeListener::start);
}

ProjectChangeListener::~ProjectChangeListener() = default;

bool ProjectChangeListener::isListening() const { return mNotifier && mConn->isOpen(); }

bool ProjectChangeListener::start()
{
    if (isListening())
        return true;
    QString error;
    if (!mConn->open(&error) || !mConn->run(QLatin1String("LISTEN ") + mConn->quoteIdentifier(mChannel), &error)) {
        mConn->close();
        mRetry.start();
        return false;
    }
    mNotifier = new QSocketNotifier(qintptr(mConn->socket()), QSocketNotifier::Read, this);
    connect(mNotifier, &QSocketNotifier::activated, this, &ProjectChangeListener::readNotifications);
    Q_EMIT connectionChanged(true);
    return true;
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
    mConn->close();
    Q_EMIT connectionChanged(false);
    mRetry.start();
}

} // namespace yc
