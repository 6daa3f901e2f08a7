// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection_dialog.h"
#include "storage/postgis_uri.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace yc;

namespace {

TEST(ConnectionDialog, BuildsAUriWithoutPasswordThatTheStoreAccepts)
{
    ConnectionDialog dialog;
    QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
    EXPECT_TRUE(dialog.uri().isEmpty());
    EXPECT_FALSE(open->isEnabled());

    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("gis.yuncheng.example"));
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(6543);
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("planning"));
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("zhang"));
    dialog.findChild<QLineEdit *>(QStringLiteral("schema"))->setText(QString::fromUtf8("规划2024"));
    dialog.findChild<QComboBox *>(QStringLiteral("sslmode"))->setCurrentText(QStringLiteral("verify-full"));
    EXPECT_TRUE(open->isEnabled());
    const QString uri = dialog.uri();
    EXPECT_TRUE(uri.startsWith(QStringLiteral("postgresql://zhang@gis.yuncheng.example:6543/planning?"))) << uri.toStdString();

    QString error;
    const auto location = parsePostgisUri(uri, &error);
    ASSERT_TRUE(location) << error.toStdString();
    EXPECT_EQ(location->schema, QString::fromUtf8("规划2024"));
    EXPECT_TRUE(location->conninfo.contains(QStringLiteral("sslmode=verify-full")));
    EXPECT_FALSE(location->conninfo.contains(QStringLiteral("schema")));

    // And back: the fields of a URI used before.
    ConnectionDialog again;
    again.setUri(uri);
    EXPECT_EQ(again.uri(), uri);
}

TEST(PostgisUri, RefusesPasswordsAndNeedsASchema)
{
    QString error;
    EXPECT_FALSE(parsePostgisUri(QStringLiteral("postgresql://u:secret@host/db?schema=s"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("password")));
    EXPECT_FALSE(error.contains(QStringLiteral("secret")));
    EXPECT_FALSE(parsePostgisUri(QStringLiteral("postgresql://host/db?schema=s&password=secret"), &error));
    EXPECT_FALSE(parsePostgisUri(QStringLiteral("postgresql://host/db"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("schema")));
    EXPECT_FALSE(parsePostgisUri(QStringLiteral("postgresql://host/db?schema=pg_catalog"), &error));
    EXPECT_FALSE(parsePostgisUri(QStringLiteral("/tmp/project.gpkg"), &error));
    const auto ok = parsePostgisUri(QStringLiteral("postgres:///planning?schema=p&service=team"), &error);
    ASSERT_TRUE(ok) << error.toStdString();
    EXPECT_EQ(ok->conninfo, QStringLiteral("postgres:///planning?service=team"));
}

} // namespace
