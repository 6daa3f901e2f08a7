// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/coordinate_transform.h"
#include "plan/geometry_commands.h"
#include "plan/project.h"
#include "storage/project_store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cmath>

using namespace yc;

namespace {

QPolygonF ring(std::initializer_list<QPointF> points) { return QPolygonF(QList<QPointF>(points)); }

PlanFeature feature(const QString &id, Geometry geometry)
{
    PlanFeature f;
    f.id = id;
    f.nameZh = QString::fromUtf8("项目") + id;
    f.nameEn = id;
    f.category = Category::ScenicSite;
    f.county = QString::fromUtf8("盐湖区");
    f.geometry = std::move(geometry);
    f.confidence = LocationConfidence::Approximate;
    StatusChange c;
    c.date = QDate(2024, 1, 1);
    c.recordedAt = QDateTime(QDate(2024, 1, 2), QTime(8, 0), QTimeZone::utc());
    f.history = {c};
    f.sentenceIds = {QStringLiteral("4.1.1")};
    return f;
}

/// A point, a placeholder point, a line, a polygon with a hole and a two-part multipolygon, with coordinates
/// that are not round numbers (so that any arithmetic on an untouched vertex would show).
QList<PlanFeature> sampleFeatures()
{
    Geometry multi;
    multi.type = GeometryType::MultiPolygon;
    multi.parts = {{ring({{110.61, 35.31}, {110.63, 35.31}, {110.63, 35.33}, {110.61, 35.31}})},
                   {ring({{110.70, 35.40}, {110.72, 35.40}, {110.72, 35.42}, {110.70, 35.42}, {110.70, 35.40}})}};
    PlanFeature placeholder = feature(QStringLiteral("placeholder"), Geometry::point({111.0, 35.0}));
    placeholder.confidence = LocationConfidence::Placeholder;
    return {
        feature(QStringLiteral("airport"), Geometry::point({110.990923, 35.116391})),
        placeholder,
        feature(QStringLiteral("road"),
                Geometry::lineString(ring({{110.1234567, 34.8}, {110.4, 34.9123}, {110.8, 34.85}}))),
        feature(QStringLiteral("lake"),
                Geometry::polygon(ring({{110.9, 35.0}, {111.1, 35.0}, {111.1, 35.1}, {110.9, 35.1}}),
                                  {ring({{110.95, 35.03}, {110.97, 35.03}, {110.97, 35.05}})})),
        feature(QStringLiteral("zones"), multi),
    };
}

void fill(Project &project)
{
    project.setTitle(QString::fromUtf8("编辑测试"));
    project.setCrs(Crs::cgcs2000Gk111());
    project.setFeatures(sampleFeatures());
}

template<typename Command>
void push(Project &project, std::unique_ptr<Command> command)
{
    ASSERT_TRUE(command);
    project.undoStack()->push(command.release());
}

/// Every feature's geometry as WKB, in project order: the bytes a save would write.
QList<QByteArray> wkbOf(const Project &project)
{
    QList<QByteArray> out;
    for (const PlanFeature &f : project.features())
        out.append(f.geometry.toWkb());
    return out;
}

QPointF display(QPointF lonLat)
{
    return *CoordinateTransform(Project::storageCrs(), Crs::cgcs2000Gk111()).apply(lonLat);
}

} // namespace

TEST(GeometryCommands, EditSequenceUndoesToIdenticalData)
{
    QTemporaryDir dir;
    Project project;
    fill(project);
    const QList<PlanFeature> original = project.features();
    const QList<QByteArray> originalWkb = wkbOf(project);
    const Crs gk = Crs::cgcs2000Gk111();

    push(project, MoveFeaturesCommand::create(project, {QStringLiteral("airport"), QStringLiteral("lake")},
                                              {1234.5, -678.9}, gk));
    push(project, MoveVertexCommand::create(project, QStringLiteral("road"), {0, 0, 1}, {480000.5, 3870000.25}, gk));
    push(project, InsertVertexCommand::create(project, QStringLiteral("lake"), {0, 1, 2}, {110.96, 35.031},
                                              Project::storageCrs()));
    push(project, DeleteVertexCommand::create(project, QStringLiteral("zones"), {1, 0, 0}));
    push(project, MoveVertexCommand::create(project, QStringLiteral("lake"), {0, 0, 0}, display({110.88, 34.99}), gk));
    push(project, SetConfidenceCommand::create(project, QStringLiteral("placeholder"), LocationConfidence::Surveyed,
                                               QStringLiteral("GNSS 2024-05")));
    EXPECT_EQ(project.undoStack()->count(), 6);
    EXPECT_NE(project.features(), original);
    const QList<PlanFeature> edited = project.features();
    ASSERT_TRUE(GeoPackageProjectStore::save(project, dir.filePath(QStringLiteral("edited.gpkg"))).ok());

    while (project.undoStack()->canUndo())
        project.undoStack()->undo();
    EXPECT_EQ(project.features(), original);
    EXPECT_EQ(wkbOf(project), originalWkb);

    // The undone project saves and loads to the same data as the original.
    ASSERT_TRUE(GeoPackageProjectStore::save(project, dir.filePath(QStringLiteral("undone.gpkg"))).ok());
    Project reloaded;
    ASSERT_TRUE(GeoPackageProjectStore::load(reloaded, dir.filePath(QStringLiteral("undone.gpkg"))).ok());
    EXPECT_EQ(reloaded.features(), original);
    EXPECT_EQ(wkbOf(reloaded), originalWkb);

    while (project.undoStack()->canRedo())
        project.undoStack()->redo();
    EXPECT_EQ(project.features(), edited);
    Project reloadedEdited;
    ASSERT_TRUE(GeoPackageProjectStore::load(reloadedEdited, dir.filePath(QStringLiteral("edited.gpkg"))).ok());
    EXPECT_EQ(reloadedEdited.features(), edited);
}

TEST(GeometryCommands, RandomEditSequencesUndoExactly)
{
    QRandomGenerator random(20240517);
    const Crs gk = Crs::cgcs2000Gk111();
    for (int round = 0; round < 20; ++round) {
        Project project;
        fill(project);
        const QList<QByteArray> originalWkb = wkbOf(project);
        const QList<PlanFeature> original = project.features();
        int pushed = 0;
        for (int step = 0; step < 15; ++step) {
            const PlanFeature &f = project.features().at(random.bounded(int(project.features().size())));
            const int part = random.bounded(int(f.geometry.parts.size()));
            const int ringIndex = random.bounded(int(f.geometry.parts.at(part).size()));
            const int size = int(f.geometry.parts.at(part).at(ringIndex).size());
            const VertexId v{part, ringIndex, random.bounded(size)};
            const QPointF shift(random.bounded(2000.0) - 1000, random.bounded(2000.0) - 1000);
            std::unique_ptr<QUndoCommand> command;
            switch (random.bounded(4)) {
            case 0: command = MoveFeaturesCommand::create(project, {f.id}, shift, gk); break;
            case 1: {
                const QPointF at = display(*vertexAt(f.geometry, v)) + shift;
                command = MoveVertexCommand::create(project, f.id, v, at, gk);
                break;
            }
            case 2: command = InsertVertexCommand::create(project, f.id, {part, ringIndex, 1}, display({110.5, 35}), gk); break;
            default: command = DeleteVertexCommand::create(project, f.id, v); break;
            }
            if (command) {   // some edits are refused (a triangle's vertex, a point's only vertex)
                project.undoStack()->push(command.release());
                ++pushed;
            }
        }
        EXPECT_EQ(project.undoStack()->count(), pushed);
        while (project.undoStack()->canUndo())
            project.undoStack()->undo();
        EXPECT_EQ(project.features(), original) << "round " << round;
        EXPECT_EQ(wkbOf(project), originalWkb) << "round " << round;
    }
}

TEST(GeometryCommands, DisplayCrsRoundTripWithinNanoDegree)
{
    Project project;
    fill(project);
    const QList<PlanFeature> original = project.features();
    for (const Crs &crs : {Crs::cgcs2000Gk111(), Crs::fromEpsg(4547), Crs::fromEpsg(3857)}) {
        const QStringList ids = {QStringLiteral("airport"), QStringLiteral("road"), QStringLiteral("lake"),
                                 QStringLiteral("zones")};
        push(project, MoveFeaturesCommand::create(project, ids, {5432.1, -2345.6}, crs));
        push(project, MoveFeaturesCommand::create(project, ids, {-5432.1, 2345.6}, crs));
        for (qsizetype i = 0; i < original.size(); ++i) {
            const Geometry &a = original.at(i).geometry;
            const Geometry &b = project.features().at(i).geometry;
            ASSERT_EQ(a.parts.size(), b.parts.size());
            for (qsizetype p = 0; p < a.parts.size(); ++p)
                for (qsizetype r = 0; r < a.parts[p].size(); ++r)
                    for (qsizetype k = 0; k < a.parts[p][r].size(); ++k) {
                        EXPECT_NEAR(a.parts[p][r][k].x(), b.parts[p][r][k].x(), 1e-9) << crs.definition().toStdString();
                        EXPECT_NEAR(a.parts[p][r][k].y(), b.parts[p][r][k].y(), 1e-9) << crs.definition().toStdString();
                    }
        }
        project.undoStack()->undo();
        project.undoStack()->undo();
        EXPECT_EQ(project.features(), original);
    }

    // A vertex put at a map position reads back at that position; typed lon/lat are stored exactly.
    const QPointF target = display({110.987654321, 35.123456789});
    push(project, MoveVertexCommand::create(project, QStringLiteral("road"), {0, 0, 2}, target, Crs::cgcs2000Gk111()));
    const QPointF stored = project.feature(QStringLiteral("road"))->geometry.parts[0][0][2];
    EXPECT_NEAR(stored.x(), 110.987654321, 1e-9);
    EXPECT_NEAR(stored.y(), 35.123456789, 1e-9);
    const QPointF typed(110.123456789012, 35.987654321098);
    push(project, MoveVertexCommand::create(project, QStringLiteral("road"), {0, 0, 0}, typed, Crs::cgcs2000()));
    EXPECT_EQ(project.feature(QStringLiteral("road"))->geometry.parts[0][0][0], typed);
    // The vertices not edited keep their stored values bit for bit.
    EXPECT_EQ(project.feature(QStringLiteral("road"))->geometry.parts[0][0][1], original.at(2).geometry.parts[0][0][1]);
}

TEST(GeometryCommands, DragMergesIntoOneStepPerGesture)
{
    Project project;
    fill(project);
    const QList<PlanFeature> original = project.features();
    const Crs gk = Crs::cgcs2000Gk111();
    for (int gesture : {1, 2}) {
        for (int i = 0; i < 10; ++i) {
            auto move = MoveFeaturesCommand::create(project, {QStringLiteral("airport")}, {100, 50}, gk);
            move->setGesture(gesture);
            project.undoStack()->push(move.release());
        }
    }
    EXPECT_EQ(project.undoStack()->count(), 2);   // two drags, two steps
    const QPointF end = project.feature(QStringLiteral("airport"))->geometry.parts[0][0][0];
    const QPointF expected = display(original.first().geometry.parts[0][0][0]) + QPointF(2000, 1000);
    EXPECT_NEAR(display(end).x(), expected.x(), 1e-6);
    EXPECT_NEAR(display(end).y(), expected.y(), 1e-6);

    for (int i = 0; i < 5; ++i) {
        const QPointF at = display({110.99 + i * 0.001, 35.1});
        auto move = MoveVertexCommand::create(project, QStringLiteral("lake"), {0, 0, 0}, at, gk);
        move->setGesture(3);
        project.undoStack()->push(move.release());
    }
    EXPECT_EQ(project.undoStack()->count(), 3);
    const QPolygonF exterior = project.feature(QStringLiteral("lake"))->geometry.parts[0][0];
    EXPECT_EQ(exterior.first(), exterior.last());   // the ring stays closed
    project.undoStack()->undo();
    project.undoStack()->undo();
    project.undoStack()->undo();
    EXPECT_EQ(project.features(), original);
}

TEST(GeometryCommands, RefusesDegenerateEdits)
{
    Project project;
    fill(project);
    QString error;
    // The multipolygon's first part is a triangle: it cannot lose a corner.
    EXPECT_FALSE(DeleteVertexCommand::create(project, QStringLiteral("zones"), {0, 0, 1}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(DeleteVertexCommand::create(project, QStringLiteral("airport"), {0, 0, 0}, &error));
    EXPECT_FALSE(MoveVertexCommand::create(project, QStringLiteral("road"), {0, 0, 9}, {0, 0}, Crs::cgcs2000(), &error));
    EXPECT_FALSE(InsertVertexCommand::create(project, QStringLiteral("lake"), {0, 0, 0}, {0, 0}, Crs::cgcs2000(), &error));
    EXPECT_FALSE(MoveFeaturesCommand::create(project, {QStringLiteral("nope")}, {1, 1}, Crs::cgcs2000(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nope")));

    auto del = DeleteVertexCommand::create(project, QStringLiteral("road"), {0, 0, 1});
    ASSERT_TRUE(del);
    project.undoStack()->push(del.release());
    EXPECT_EQ(project.feature(QStringLiteral("road"))->geometry.parts[0][0].size(), 2);
    EXPECT_FALSE(DeleteVertexCommand::create(project, QStringLiteral("road"), {0, 0, 0}, &error));

    // Deleting the first corner of a closed ring keeps it closed.
    auto first = DeleteVertexCommand::create(project, QStringLiteral("lake"), {0, 0, 0});
    ASSERT_TRUE(first);
    project.undoStack()->push(first.release());
    const QPolygonF exterior = project.feature(QStringLiteral("lake"))->geometry.parts[0][0];
    EXPECT_EQ(exterior.size(), 4);
    EXPECT_EQ(exterior.first(), QPointF(111.1, 35.0));
    EXPECT_EQ(exterior.last(), QPointF(111.1, 35.0));
}

TEST(GeometryCommands, AttributeEditKeepsGeometryAndHistoryAndUndoesExactly)
{
    Project project;
    fill(project);
    const QList<PlanFeature> original = project.features();
    PlanFeature edited = *project.feature(QStringLiteral("airport"));
    edited.nameZh = QString::fromUtf8("运城关公机场");
    edited.county = QString::fromUtf8("盐湖区");
    edited.category = Category::Airport;
    edited.sentenceIds = {QStringLiteral("4.2.1"), QStringLiteral("6.1.1")};
    edited.geometry = Geometry::point({0, 0});   // not the form's business: kept as it was
    edited.history.clear();
    push(project, EditAttributesCommand::create(project, edited));
    const PlanFeature *now = project.feature(QStringLiteral("airport"));
    EXPECT_EQ(now->nameZh, edited.nameZh);
    EXPECT_EQ(now->sentenceIds, edited.sentenceIds);
    EXPECT_EQ(now->geometry, original.first().geometry);
    EXPECT_EQ(now->history, original.first().history);
    project.undoStack()->undo();
    EXPECT_EQ(project.features(), original);
    project.undoStack()->redo();
    EXPECT_EQ(project.feature(QStringLiteral("airport"))->category, Category::Airport);

    QString error;
    EXPECT_FALSE(EditAttributesCommand::create(project, *project.feature(QStringLiteral("airport")), &error));
    EXPECT_FALSE(error.isEmpty());
}
