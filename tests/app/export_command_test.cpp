// SPDX-License-Identifier: GPL-3.0-or-later
// `yuncheng-planner export`, run as users run it: headless, progress on stderr, sections and atlases, saved
// layout templates, legends of layer-only maps.
#include "layout/layout_json.h"
#include "plan/annotation.h"
#include "plan/project.h"
#include "plan/target_progress.h"
#include "storage/project_store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

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

/// The bundled project copied into `dir` with a saved layout template `name` (its own title, A4 portrait, the
/// targets chart), a page note of that template and a recorded value of the first target; returns its path.
QString projectWithTemplate(const QTemporaryDir &dir, const QString &name, yc::TargetProgress *first)
{
    for (const char *file : {"yuncheng.gpkg", "yuncheng-base.gpkg"})
        EXPECT_TRUE(QFile::copy(yc::test::sourceDir() + QStringLiteral("/maps/") + QLatin1String(file),
                                dir.filePath(QLatin1String(file))));
    const QString path = dir.filePath(QStringLiteral("yuncheng.gpkg"));
    yc::Project project;
    EXPECT_TRUE(yc::GeoPackageProjectStore::load(project, path).ok());
    yc::LayoutSettings s;
    s.title = QString::fromUtf8("TEMPLATETITLE 模板标题");
    s.page.size = QPageSize(QPageSize::A4);
    s.page.orientation = QPageLayout::Portrait;
    s.targetChart = true;
    project.setLayoutTemplate(name, QString::fromUtf8(yc::layoutToJson(s)));
    yc::Annotation note;
    note.id = QStringLiteral("note_template");
    note.placement = yc::AnnotationPlacement::Page;
    note.layout = name;
    note.a = note.b = QPointF(20, 60);
    note.text = QStringLiteral("PAGENOTEOFTEMPLATE");
    project.annotations().put(note);
    EXPECT_FALSE(project.targets().isEmpty());
    yc::TargetValue v;
    v.value = 7;
    v.date = QDate(2024, 6, 30);
    v.recordedAt = QDateTime(QDate(2024, 7, 1), QTime(8, 0), QTimeZone::utc());
    project.setTargetValueHistory(project.targets().first().id, {v});
    *first = yc::targetProgress(project.targets(), project.targetValues()).first();
    EXPECT_TRUE(yc::GeoPackageProjectStore::save(project, path).ok());
    return path;
}

/// "Page size: 595.276 x 841.89 pts (A4)" → the two numbers, rounded.
QSize pageSizePoints(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(60000);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)"))
                                          .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? QSize(qRound(m.captured(1).toDouble()), qRound(m.captured(2).toDouble())) : QSize();
}

/// The images `pdfimages -list` finds in a PDF (its two heading lines not counted).
int imageCount(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0);
    return int(QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).size()) - 2;
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
    const QString layer = yc::test::writeFile(dir, QStringLiteral("roads.geojson"), R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"id":1},"geometry":{"type":"LineString","coordinates":[[110.9,35.0],[111.1,35.1],[111.2,35.0]]}},
        {"type":"Feature","properties":{"id":2},"geometry":{"type":"LineString","coordinates":[[110.8,34.9],[111.0,35.2]]}}]})");
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

TEST(ExportCommand, LayoutNamePicksTheTemplateSavedInTheProject)
{
    QTemporaryDir dir;
    const QString name = QString::fromUtf8("第四部分 A4 竖版");
    yc::TargetProgress first;
    const QString project = projectWithTemplate(dir, name, &first);
    const QString out = dir.filePath(QStringLiteral("template.pdf"));
    const PlannerRun r = runPlanner({QStringLiteral("--project"), project, QStringLiteral("--layout"), name,
                                     QStringLiteral("--out"), out}, dir);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(pageSizePoints(out), QSize(595, 842));   // the template's A4 portrait
    const QString text = runTool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QString::fromUtf8("TEMPLATETITLE模板标题"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("PAGENOTEOFTEMPLATE")));   // the template's page note
    // The targets chart: the recorded figure after the first target's bar, and the start of its label.
    EXPECT_TRUE(text.contains(QStringLiteral("7/"))) << text.toStdString();
    EXPECT_TRUE(text.contains(first.measure.left(3))) << first.measure.toStdString();
    EXPECT_EQ(imageCount(out), 0);   // drawn as vectors

    // Options given on the command line override the template's.
    const QString landscape = dir.filePath(QStringLiteral("landscape.pdf"));
    const PlannerRun l = runPlanner({QStringLiteral("--project"), project, QStringLiteral("--layout"), name,
                                     QStringLiteral("--orientation"), QStringLiteral("landscape"),
                                     QStringLiteral("--title"), QStringLiteral("OVERRIDDEN"), QStringLiteral("--out"), landscape}, dir);
    ASSERT_EQ(l.exitCode, 0) << l.err.toStdString();
    EXPECT_EQ(pageSizePoints(landscape), QSize(842, 595));
    EXPECT_TRUE(runTool(QStringLiteral("pdftotext"), {landscape, QStringLiteral("-")}).contains(QLatin1String("OVERRIDDEN")));

    // A name that is neither saved nor built in: a clear error listing both kinds of names.
    const PlannerRun bad = runPlanner({QStringLiteral("--project"), project, QStringLiteral("--layout"), QStringLiteral("nosuch"),
                                       QStringLiteral("--out"), dir.filePath(QStringLiteral("bad.pdf"))}, dir);
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QLatin1String("nosuch")));
    EXPECT_TRUE(bad.err.contains(name)) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QLatin1String("standard")));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("bad.pdf"))));
}

TEST(ExportCommand, TargetChartOptionDrawsTheTargetsAsVectors)
{
    QTemporaryDir dir;
    yc::TargetProgress first;
    const QString project = projectWithTemplate(dir, QStringLiteral("unused"), &first);
    const QString out = dir.filePath(QStringLiteral("targets.pdf"));
    const PlannerRun r = runPlanner({QStringLiteral("--project"), project, QStringLiteral("--target-chart"),
                                     QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), out}, dir);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = runTool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QLatin1String("Reporttargets(1of"))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(first.measure.left(3)));
    EXPECT_EQ(imageCount(out), 0);   // drawn as vectors
}

TEST(ExportCommand, LegendOfALayerOnlyMapShowsJustTheLayer)
{
    QTemporaryDir dir;
    const QString layer = yc::test::writeFile(dir, QStringLiteral("rivers.geojson"), R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"id":1},"geometry":{"type":"LineString","coordinates":[[110.9,35.0],[111.1,35.1],[111.2,35.0]]}}]})");
    // An image placed by a world file next to it (EPSG:4326 from its .prj), over the same area.
    QImage image(20, 20, QImage::Format_RGB32);
    image.fill(QColor(120, 160, 90));
    const QString raster = dir.filePath(QStringLiteral("landcover.png"));
    ASSERT_TRUE(image.save(raster));
    QFile world(dir.filePath(QStringLiteral("landcover.pgw")));
    ASSERT_TRUE(world.open(QIODevice::WriteOnly));
    world.write("0.02\n0\n0\n-0.02\n110.9\n35.2\n");
    world.close();
    QFile prj(dir.filePath(QStringLiteral("landcover.prj")));
    ASSERT_TRUE(prj.open(QIODevice::WriteOnly));
    prj.write(R"(GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]])");
    prj.close();
    for (const QString &layout : {QStringLiteral("standard"), QStringLiteral("map")}) {
        const QString out = dir.filePath(layout + QStringLiteral(".pdf"));
        const PlannerRun r = runPlanner({QStringLiteral("--layer"), raster, QStringLiteral("--layer"), layer,
                                         QStringLiteral("--layout"), layout, QStringLiteral("--lang"), QStringLiteral("en"),
                                         QStringLiteral("--out"), out}, dir);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QString text = runTool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        EXPECT_TRUE(text.contains(QLatin1String("rivers"))) << layout.toStdString();   // each layer's own entry
        EXPECT_TRUE(text.contains(QLatin1String("landcover"))) << layout.toStdString();
        // No heading over an empty group: no plan features, no statuses, and no "Base map" over the only group.
        EXPECT_FALSE(text.contains(QLatin1String("Planfeatures"))) << layout.toStdString();
        EXPECT_FALSE(text.contains(QLatin1String("Status"))) << layout.toStdString();
        EXPECT_FALSE(text.contains(QLatin1String("Basemap"))) << layout.toStdString();
        EXPECT_FALSE(text.contains(QLatin1String("Featuresbystatus"))) << layout.toStdString();   // nothing to count
    }
}
