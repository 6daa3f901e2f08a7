// SPDX-License-Identifier: GPL-3.0-or-later
// `yuncheng-planner export`, run as users run it: headless, progress on stderr, sections and atlases.
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

struct PlannerRun {
    int exitCode = -1;
    QString out;
    QString err;
    qint64 milliseconds = 0;
};

PlannerRun runPlanner(const QStringList &args, const QTemporaryDir &dir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    env.remove(QStringLiteral("DISPLAY"));   // no display needed
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(yc::test::plannerBinary(), QStringList{QStringLiteral("export")} + args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()), timer.elapsed()};
}

/// A poppler tool's stdout; a missing tool fails the test.
QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        ADD_FAILURE() << program.toStdString() << " could not be started: it is required for this test";
        return {};
    }
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0) << program.toStdString();
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST(ExportCommand, ExportsTheBundledProjectWithProgress)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("map.pdf"));
    const PlannerRun r = runPlanner({QStringLiteral("--out"), out, QStringLiteral("--title"), QString::fromUtf8("运城规划图")}, dir);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    std::printf("[ info ] bundled A3 export by the command line: %lld ms (process start and data loading included), "
                "%lld KB\n", static_cast<long long>(r.milliseconds), static_cast<long long>(QFileInfo(out).size() / 1024));
    EXPECT_LT(QFileInfo(out).size(), 5 * 1024 * 1024);
    // Progress lines on stderr, rising to 100 %.
    QList<int> percents;
    static const QRegularExpression line(QStringLiteral("^export: (\\d+)% "), QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &m : line.globalMatch(r.err))
        percents << m.captured(1).toInt();
    ASSERT_FALSE(percents.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(percents.last(), 100);
    EXPECT_TRUE(std::is_sorted(percents.cbegin(), percents.cend()));
    EXPECT_TRUE(r.out.contains(out));
    EXPECT_TRUE(runTool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}).contains(QString::fromUtf8("运城规划图")));
}

TEST(ExportCommand, SectionKeepsOnlyThatSection)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("s4.pdf"));
    const PlannerRun r = runPlanner({QStringLiteral("--out"), out, QStringLiteral("--section"), QStringLiteral("4"),
                                     QStringLiteral("--page"), QStringLiteral("A4"), QStringLiteral("--dpi"),
                                     QStringLiteral("150")}, dir);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = runTool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QString::fromUtf8("黄河一号旅游公路")));
    EXPECT_FALSE(text.contains(QString::fromUtf8("运城学院")));   // a section 5 feature
    const QString info = runTool(QStringLiteral("pdfinfo"), {out});
    EXPECT_TRUE(info.contains(QLatin1String("pts(A4)"))) << info.toStdString();
}

TEST(ExportCommand, AtlasWritesOnePagePerSection)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("atlas.pdf"));
    const PlannerRun r = runPlanner({QStringLiteral("--out"), out, QStringLiteral("--atlas"), QStringLiteral("sections"),
                                     QStringLiteral("--dpi"), QStringLiteral("150")}, dir);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString info = runTool(QStringLiteral("pdfinfo"), {out});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:(\\d+)")).match(info);
    ASSERT_TRUE(pages.hasMatch());
    EXPECT_GE(pages.captured(1).toInt(), 5);   // sections 4–10, those with features

    const QString pattern = dir.filePath(QStringLiteral("sections/map-{section}.pdf"));
    const PlannerRun each = runPlanner({QStringLiteral("--out"), pattern, QStringLiteral("--atlas"),
                                        QStringLiteral("sections"), QStringLiteral("--dpi"), QStringLiteral("150")}, dir);
    ASSERT_EQ(each.exitCode, 0) << each.err.toStdString();
    const QStringList files = QDir(dir.filePath(QStringLiteral("sections"))).entryList({QStringLiteral("map-*.pdf")});
    EXPECT_EQ(files.size(), pages.captured(1).toInt());
    EXPECT_TRUE(files.contains(QStringLiteral("map-4.pdf")));
    EXPECT_TRUE(runTool(QStringLiteral("pdftotext"), {dir.filePath(QStringLiteral("sections/map-4.pdf")), QStringLiteral("-")})
                    .contains(QString::fromUtf8("黄河一号旅游公路")));
}

TEST(ExportCommand, RejectsBadArguments)
{
    QTemporaryDir dir;
    EXPECT_EQ(runPlanner({}, dir).exitCode, 2);   // --out is required
    EXPECT_EQ(runPlanner({QStringLiteral("--out"), dir.filePath(QStringLiteral("a.pdf")), QStringLiteral("--page"),
                          QStringLiteral("B7")}, dir).exitCode, 2);
    EXPECT_EQ(runPlanner({QStringLiteral("--out"), dir.filePath(QStringLiteral("a.pdf")), QStringLiteral("--extent"),
                          QStringLiteral("1,2,3")}, dir).exitCode, 2);
    const PlannerRun empty = runPlanner({QStringLiteral("--out"), dir.filePath(QStringLiteral("a.pdf")),
                                         QStringLiteral("--section"), QStringLiteral("99")}, dir);
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("a.pdf"))));
    const PlannerRun help = runPlanner({QStringLiteral("--help")}, dir);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QLatin1String("--atlas sections")));
}

TEST(ExportCommand, LayerFilesAloneMakeAMapOfJustThem)
{
    QTemporaryDir dir;
    const QString layer = dir.filePath(QStringLiteral("roads.geojson"));
    QFile f(layer);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"id":1},"geometry":{"type":"LineString","coordinates":[[110.9,35.0],[111.1,35.1],[111.2,35.0]]}},
        {"type":"Feature","properties":{"id":2},"geometry":{"type":"LineString","coordinates":[[110.8,34.9],[111.0,35.2]]}}]})");
    f.close();
    const QString out = dir.filePath(QStringLiteral("roads.pdf"));
    const PlannerRun r = runPlanner({QStringLiteral("--layer"), layer, QStringLiteral("--layout"), QStringLiteral("map"),
                                     QStringLiteral("--title"), QStringLiteral("ROADSONLY"), QStringLiteral("--out"), out},
                                    dir);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("roads.geojson")));
    const QString text = runTool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QLatin1String("ROADSONLY")));
    EXPECT_TRUE(text.contains(QLatin1String("roads")));   // the legend names the layer

    const PlannerRun missing = runPlanner({QStringLiteral("--layer"), dir.filePath(QStringLiteral("nope.gpkg")),
                                           QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))}, dir);
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QLatin1String("nope.gpkg")));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
}
