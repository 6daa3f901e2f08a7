// SPDX-License-Identifier: GPL-3.0-or-later
// The committed bundled project (maps/yuncheng.gpkg) is exactly what the seeds build: nobody can edit the
// binary file and forget the reviewed sources, or the other way round.
#include "test_support.h"

#include "plan/project.h"
#include "storage/plan_seed.h"
#include "storage/project_store.h"

#include <gtest/gtest.h>

#include <QFileInfo>

namespace {

QString mapsPath(const char *name) { return yc::test::sourceDir() + QStringLiteral("/maps/") + QString::fromUtf8(name); }

} // namespace

TEST(BundledProject, LoadsAndMatchesTheSeeds)
{
    yc::Project bundled;
    const yc::StorageResult loaded = yc::GeoPackageProjectStore::load(bundled, mapsPath("yuncheng.gpkg"));
    ASSERT_TRUE(loaded.ok()) << loaded.error.toStdString();

    yc::Project fromSeeds;
    QString error;
    ASSERT_TRUE(yc::buildProjectFromSeeds(fromSeeds,
                                          yc::test::sourceDir() + QStringLiteral("/seeds/yuncheng-2024-work-report-sections-4-10.txt"),
                                          yc::test::sourceDir() + QStringLiteral("/seeds/plan-features.json"),
                                          bundled.layers(), &error))
        << error.toStdString();

    EXPECT_EQ(bundled.title(), fromSeeds.title());
    EXPECT_EQ(bundled.report().originalText(), yc::test::bundledReportText());
    ASSERT_EQ(bundled.features().size(), fromSeeds.features().size())
        << "maps/yuncheng.gpkg is out of date: run maps/build-project.sh";
    for (qsizetype i = 0; i < bundled.features().size(); ++i)
        EXPECT_EQ(bundled.features().at(i), fromSeeds.features().at(i))
            << "feature " << fromSeeds.features().at(i).id.toStdString()
            << " differs: run maps/build-project.sh";
}

TEST(BundledProject, BaseLayersResolveToTheCommittedGeoPackage)
{
    yc::Project bundled;
    ASSERT_TRUE(yc::GeoPackageProjectStore::load(bundled, mapsPath("yuncheng.gpkg")).ok());
    ASSERT_GE(bundled.layers().size(), 6);
    for (const yc::LayerRef &layer : bundled.layers()) {
        const QString path = bundled.resolveSource(layer.source);
        EXPECT_TRUE(QFileInfo::exists(path)) << layer.name.toStdString() << " -> " << path.toStdString();
        EXPECT_FALSE(QFileInfo(layer.source).isAbsolute()) << "bundled layers must be relative: "
                                                           << layer.source.toStdString();
    }
    EXPECT_EQ(bundled.crs().epsg(), 4546);
}
