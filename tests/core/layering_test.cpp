// SPDX-License-Identifier: GPL-3.0-or-later
// The build's layering rules, checked on the sources: core/ never includes QtWidgets,
// and only a few core files see GDAL or PROJ headers.
#include "test_support.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace {

QStringList filesIncluding(const QString &dir, const QRegularExpression &include)
{
    QStringList hits;
    QDirIterator it(dir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        if (include.match(text).hasMatch())
            hits << path;
    }
    return hits;
}

const QString coreDir() { return yc::test::sourceDir() + QStringLiteral("/core"); }

} // namespace

TEST(Layering, CoreIncludesNoQtWidgetsHeader)
{
    // <QtWidgets/...>, <QWidget>, <QMainWindow>, <QDialog>, <QApplication>... any header of the QtWidgets module.
    const QRegularExpression widgets(QStringLiteral(
        R"re(#\s*include\s*[<"](QtWidgets/|QWidget|QMainWindow|QDialog|QApplication|QMessageBox|QAbstract(Button|ScrollArea|ItemView)|QLabel|QPushButton|QTreeView|QListView|QDockWidget|QGraphics|QStyle|QLineEdit|QComboBox|QMenu|QToolBar|QAction|qwidget\.h|qcustomplot))re"));
    ASSERT_TRUE(QFile::exists(coreDir() + QStringLiteral("/CMakeLists.txt")));
    EXPECT_EQ(filesIncluding(coreDir(), widgets), QStringList{});
}

TEST(Layering, CoreCMakeDoesNotLinkWidgets)
{
    QFile f(coreDir() + QStringLiteral("/CMakeLists.txt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_FALSE(text.contains(QStringLiteral("Qt6::Widgets")));
    EXPECT_FALSE(text.contains(QStringLiteral("Qt6::PrintSupport")));
}

TEST(Layering, GdalAndProjHeadersStayInCoreCppFiles)
{
    const QRegularExpression gdal(QStringLiteral(R"re(#\s*include\s*[<"](gdal|ogr|cpl_|proj\.h|proj/))re"));
    // Nothing outside core/ sees them, and no core header leaks them.
    for (const QString &dir : {QStringLiteral("/app"), QStringLiteral("/tests")})
        EXPECT_EQ(filesIncluding(yc::test::sourceDir() + dir, gdal), QStringList{}) << dir.toStdString();
    for (const QString &path : filesIncluding(coreDir(), gdal))
        EXPECT_TRUE(path.endsWith(QStringLiteral(".cpp"))) << path.toStdString();
}

TEST(Layering, LibpqStaysInOneCoreFile)
{
    const QRegularExpression libpq(QStringLiteral(R"re(#\s*include\s*[<"](libpq-fe|libpq-events|libpq/|postgres_ext|pg_config))re"));
    for (const QString &dir : {QStringLiteral("/app"), QStringLiteral("/tests")})
        EXPECT_EQ(filesIncluding(yc::test::sourceDir() + dir, libpq), QStringList{}) << dir.toStdString();
    const QStringList inCore = filesIncluding(coreDir(), libpq);
    ASSERT_EQ(inCore.size(), 1);
    EXPECT_TRUE(inCore.first().endsWith(QStringLiteral("storage/pg_connection.cpp"))) << inCore.first().toStdString();
}
