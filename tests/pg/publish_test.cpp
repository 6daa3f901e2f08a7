// SPDX-License-Identifier: GPL-3.0-or-later
// publish → open round trip against a real PostgreSQL/PostGIS server, and the URI and credential rules.
#include "app/cli_run.h"
#include "layout/layout_json.h"
#include "pg/pg_test_support.h"
#include "storage/pg_connection.h"
#include "storage/project_store_interface.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace yc;
using namespace yc::test;

namespace {

QString bundledProject() { return sourceDir() + QStringLiteral("/maps/yuncheng.gpkg"); }

/// Everything a planner sees of a project, compared field by field (layer sources by the file they name).
void expectSameProject(const Project &actual, const Project &expected)
{
    EXPECT_EQ(actual.title(), expected.title());
    EXPECT_EQ(actual.crs().definition(), expected.crs().definition());
    EXPECT_EQ(actual.report().originalText(), expected.report().originalText());
    EXPECT_EQ(actual.layoutTemplates(), expected.layoutTemplates());
    EXPECT_EQ(actual.targetValues(), expected.targetValues());
    EXPECT_EQ(actual.annotations().list(), expected.annotations().list());
    EXPECT_EQ(actual.bookmarks(), expected.bookmarks());
    ASSERT_EQ(actual.features().size(), expected.features().size());
    for (int i = 0; i < expected.features().size(); ++i)
        EXPECT_EQ(actual.features().at(i), expected.features().at(i)) << expected.features().at(i).id.toStdString();
    ASSERT_EQ(actual.layers().size(), expected.layers().size());
    for (int i = 0; i < expected.layers().size(); ++i) {
        LayerRef a = actual.layers().at(i);
        LayerRef e = expected.layers().at(i);
        EXPECT_EQ(QFileInfo(actual.resolveSource(a.source)).canonicalFilePath(),
                  QFileInfo(expected.resolveSource(e.source)).canonicalFilePath());
        a.source = e.source;
        EXPECT_EQ(a, e);
    }
}

class PublishTest : public PgTest {
protected:
    QTemporaryDir mRuntime;
};

TEST_F(PublishTest, PublishedProjectOpensEqualToTheGeoPackage)
{
    Project gpkg;
    ASSERT_TRUE(GeoPackageProjectStore::load(gpkg, bundledProject()).ok());
    ASSERT_EQ(gpkg.features().size(), 100);

    const QString uri = testUri(freshSchema(QStringLiteral("publish")));
    const ProcessRun run = runPlanner(QStringLiteral("publish"), {QStringLiteral("--project"), bundledProject(),
                                                                  QStringLiteral("--to"), uri}, mRuntime.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("100"))) << run.out.toStdString();

    Project shared;
    QString error;
    const auto store = makeProjectStore(uri, &error);
    ASSERT_TRUE(store) << error.toStdString();
    const StorageResult loaded = store->load(shared);
    ASSERT_TRUE(loaded.ok()) << loaded.error.toStdString();
    EXPECT_EQ(shared.filePath(), uri);
    expectSameProject(shared, gpkg);
    // Layer files are referenced by absolute path: a database has no folder to be relative to.
    for (const LayerRef &l : shared.layers())
        EXPECT_TRUE(QFileInfo(l.source).isAbsolute()) << l.source.toStdString();
}

/// The bundled project with one of everything kept beside the features: a recorded target value, a map and a
/// page annotation, a bookmark and a named layout template.
void addProjectExtras(Project &project)
{
    ASSERT_FALSE(project.targets().isEmpty());
    TargetValue value;
    value.value = 42.5;
    value.date = QDate(2025, 6, 30);
    value.note = QString::fromUtf8("统计局年报");
    value.user = QStringLiteral("planner-a");
    value.recordedAt = QDateTime(QDate(2025, 7, 1), QTime(8, 30), QTimeZone::utc());
    project.setTargetValueHistory(project.targets().first().id, {value});

    Annotation map;
    map.id = QStringLiteral("a1");
    map.kind = AnnotationKind::Callout;
    map.a = QPointF(111.0071234567891, 35.0265432198765);
    map.b = QPointF(111.05, 35.05);
    map.text = QString::fromUtf8("新建游客中心\n二期");
    map.fillColor = QColor(255, 250, 200, 128);
    map.fontSize = 12.5;
    Annotation page;
    page.id = QStringLiteral("a2");
    page.kind = AnnotationKind::Rectangle;
    page.placement = AnnotationPlacement::Page;
    page.layout = QString::fromUtf8("A3 总图");
    page.a = QPointF(20, 30);
    page.b = QPointF(120, 80.25);
    page.lineWidth = 0.75;
    project.annotations().setAll({map, page});

    Bookmark bookmark;
    bookmark.name = QString::fromUtf8("盐湖区");
    bookmark.crs = Crs::fromUserInput(QStringLiteral("EPSG:4490"));
    bookmark.extent = Envelope{110.9, 34.9, 111.2, 35.15};
    project.setBookmarks({bookmark});

    LayoutSettings layout;
    layout.title = QString::fromUtf8("运城市规划总图");
    layout.section = 5;
    project.setLayoutTemplate(QString::fromUtf8("A3 总图"), QString::fromUtf8(layoutToJson(layout)));
}

TEST_F(PublishTest, TargetValuesAnnotationsBookmarksAndLayoutsTravel)
{
    // publish copies them, open reads them.
    Project original;
    ASSERT_TRUE(GeoPackageProjectStore::load(original, bundledProject()).ok());
    addProjectExtras(original);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("extras.gpkg"));
    ASSERT_TRUE(GeoPackageProjectStore::save(original, file).ok());
    const QString uri = testUri(freshSchema(QStringLiteral("extras")));
    const ProcessRun run = runPlanner(QStringLiteral("publish"),
                                      {QStringLiteral("--project"), file, QStringLiteral("--to"), uri}, mRuntime.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    Project shared;
    const auto store = postgisStore(uri);
    const StorageResult loaded = store->load(shared);
    ASSERT_TRUE(loaded.ok()) << loaded.error.toStdString();
    expectSameProject(shared, original);

    // save writes them: another planner sees the change.
    Annotation moved = shared.annotations().list().first();
    moved.a += QPointF(0.001, -0.002);
    shared.annotations().put(moved);
    shared.setBookmarks({});
    const SaveResult saved = store->save(shared);
    ASSERT_TRUE(saved.ok()) << saved.error.toStdString();
    Project other;
    ASSERT_TRUE(postgisStore(uri)->load(other).ok());
    expectSameProject(other, shared);
}

TEST_F(PublishTest, SchemaPublishedBeforeTheExtrasOpensAndGainsThem)
{
    Project original;
    ASSERT_TRUE(GeoPackageProjectStore::load(original, bundledProject()).ok());
    const QString uri = testUri(freshSchema(QStringLiteral("older")));
    ASSERT_TRUE(postgisStore(uri)->saveAs(original).ok());
    // As an older version published it: without the tables of target values and annotations.
    QString error;
    const auto location = parsePostgisUri(uri, &error);
    pg::Connection admin(location->conninfo);
    ASSERT_TRUE(admin.open(&error)) << error.toStdString();
    const QString schema = admin.quoteIdentifier(location->schema);
    ASSERT_TRUE(admin.run(QStringLiteral("DROP TABLE %1.plan_target_values; DROP TABLE %1.project_annotations")
                              .arg(schema), &error)) << error.toStdString();

    Project shared;
    const auto store = postgisStore(uri);
    const StorageResult loaded = store->load(shared);
    ASSERT_TRUE(loaded.ok()) << loaded.error.toStdString();
    EXPECT_TRUE(shared.annotations().list().isEmpty());
    addProjectExtras(shared);
    const SaveResult saved = store->save(shared);
    ASSERT_TRUE(saved.ok()) << saved.error.toStdString();
    Project reopened;
    ASSERT_TRUE(postgisStore(uri)->load(reopened).ok());
    expectSameProject(reopened, shared);
}

TEST_F(PublishTest, SaveAsGoesBothWays)
{
    Project original;
    ASSERT_TRUE(GeoPackageProjectStore::load(original, bundledProject()).ok());
    QString error;
    const auto pg = makeProjectStore(testUri(freshSchema(QStringLiteral("saveas"))), &error);
    ASSERT_TRUE(pg) << error.toStdString();
    ASSERT_TRUE(pg->saveAs(original).ok());
    EXPECT_TRUE(original.undoStack()->isClean());

    Project fromPg;
    ASSERT_TRUE(pg->load(fromPg).ok());
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.gpkg"));
    const auto file = makeProjectStore(copy, &error);
    const StorageResult saved = file->saveAs(fromPg);
    ASSERT_TRUE(saved.ok()) << saved.error.toStdString();
    Project back;
    ASSERT_TRUE(file->load(back).ok());
    expectSameProject(back, original);
}

TEST_F(PublishTest, RefusesPasswordsInUrisAndExistingSchemas)
{
    const ProcessRun withPassword = runPlanner(
        QStringLiteral("publish"),
        {QStringLiteral("--to"), QStringLiteral("postgresql://planner:secret@127.0.0.1/yc_test?schema=x")},
        mRuntime.path());
    EXPECT_EQ(withPassword.exitCode, 2);
    EXPECT_TRUE(withPassword.err.contains(QStringLiteral("password"))) << withPassword.err.toStdString();
    EXPECT_FALSE(withPassword.err.contains(QStringLiteral("secret")));

    const ProcessRun noSchema = runPlanner(QStringLiteral("publish"),
                                           {QStringLiteral("--to"), QStringLiteral("postgresql://127.0.0.1/yc_test")},
                                           mRuntime.path());
    EXPECT_EQ(noSchema.exitCode, 2);
    EXPECT_TRUE(noSchema.err.contains(QStringLiteral("schema"))) << noSchema.err.toStdString();

    const QString uri = testUri(freshSchema(QStringLiteral("twice")));
    const QStringList args = {QStringLiteral("--project"), bundledProject(), QStringLiteral("--to"), uri};
    ASSERT_EQ(runPlanner(QStringLiteral("publish"), args, mRuntime.path()).exitCode, 0);
    const ProcessRun again = runPlanner(QStringLiteral("publish"), args, mRuntime.path());
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists"))) << again.err.toStdString();
    const ProcessRun replaced = runPlanner(QStringLiteral("publish"), args + QStringList{QStringLiteral("--replace")},
                                           mRuntime.path());
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
}

TEST_F(PublishTest, WrongPasswordOrServerIsAClearError)
{
    Project project;
    // A port nothing listens on: the error names the failure and the project stays as it was.
    const auto store = postgisStore(QStringLiteral("postgresql://127.0.0.1:1/yc_test?schema=x&connect_timeout=5"));
    const StorageResult loaded = store->load(project);
    EXPECT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error.contains(QStringLiteral("cannot be reached"))) << loaded.error.toStdString();
    EXPECT_TRUE(project.features().isEmpty());

    const auto missing = postgisStore(testUri(QStringLiteral("no_such_schema")));
    const StorageResult none = missing->load(project);
    EXPECT_FALSE(none.ok());
    EXPECT_TRUE(none.error.contains(QStringLiteral("no_such_schema"))) << none.error.toStdString();
}

} // namespace
