// SPDX-License-Identifier: GPL-3.0-or-later
// Live updates: a client listening on the project's channel hears of another client's save as soon as it
// commits, and pulls just that change; after a server restart the listener comes back by itself.
#include "pg/team_project.h"
#include "storage/project_change_listener.h"

#include <QSignalSpy>

using namespace yc;
using namespace yc::test;

namespace {

class ListenerTest : public PgTest {
protected:
    void TearDown() override { serverCtl(QStringLiteral("start")); }
};

TEST_F(ListenerTest, AnotherClientsSaveArrivesWithoutReloading)
{
    const QString uri = publishSmallProject(3, QStringLiteral("listen"));
    Client a(uri), b(uri);
    ASSERT_TRUE(a.open() && b.open());
    ProjectChangeListener listener(b.store->postgisLocation(), b.store->channel());
    listener.start();
    ASSERT_TRUE(waitFor([&]() { return listener.isListening(); }, 10000));
    QStringList heard;
    QObject::connect(&listener, &ProjectChangeListener::changed, [&](const QStringList &ids) { heard += ids; });

    a.rename(QStringLiteral("f1"), QString::fromUtf8("甲改的"));
    ASSERT_TRUE(a.store->save(*a.project).ok());
    ASSERT_TRUE(waitFor([&]() { return heard.contains(QStringLiteral("f1")); }, 10000));
    QString error;
    const auto pulled = b.store->pull(*b.project, &error);
    ASSERT_TRUE(pulled) << error.toStdString();
    EXPECT_EQ(*pulled, QStringList{QStringLiteral("f1")});
    EXPECT_EQ(b.feature(QStringLiteral("f1")).nameZh, QString::fromUtf8("甲改的"));
    EXPECT_TRUE(b.project->undoStack()->isClean());   // someone else's saved edit is not an unsaved change here
}

TEST_F(ListenerTest, ComesBackAfterAServerRestart)
{
    const QString uri = publishSmallProject(2, QStringLiteral("relisten"));
    Client a(uri), b(uri);
    ASSERT_TRUE(a.open() && b.open());
    ProjectChangeListener listener(b.store->postgisLocation(), b.store->channel());
    listener.start();
    ASSERT_TRUE(waitFor([&]() { return listener.isListening(); }, 10000));
    QList<bool> states;
    QObject::connect(&listener, &ProjectChangeListener::connectionChanged, [&](bool up) { states << up; });
    QStringList heard;
    QObject::connect(&listener, &ProjectChangeListener::changed, [&](const QStringList &ids) { heard += ids; });

    ASSERT_TRUE(serverCtl(QStringLiteral("stop")));
    ASSERT_TRUE(waitFor([&]() { return states.contains(false); }, 10000));
    ASSERT_TRUE(serverCtl(QStringLiteral("start")));
    ASSERT_TRUE(waitFor([&]() { return states.endsWith(true); }, 20000));
    a.rename(QStringLiteral("f0"), QStringLiteral("after restart"));
    ASSERT_TRUE(a.store->save(*a.project).ok());
    EXPECT_TRUE(waitFor([&]() { return heard.contains(QStringLiteral("f0")); }, 10000));
}

} // namespace
