// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the two halves of GeoPackageProjectStore (project_store.cpp, project_store_load.cpp).
// Internal to core/storage; deliberately free of GDAL types.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace yc::gpkg {

/// Value of the "format" row of project_settings. Bump the number when the schema changes incompatibly.
inline constexpr char kFormat[] = "yuncheng-project/1";
inline constexpr char kFormatPrefix[] = "yuncheng-project/";
inline constexpr int kFormatVersion = 1;
inline constexpr char kFormatKey[] = "format";
/// project_settings rows "layout:<name>" hold the named print layouts (LayoutSettings as JSON).
inline constexpr char kLayoutKeyPrefix[] = "layout:";

/// Spatial tables by dimension: 0 points, 1 lines, 2 polygons.
inline constexpr const char *kFeatureTables[3] = {"plan_points", "plan_lines", "plan_polygons"};
inline constexpr char kSentenceLinks[] = "plan_sentence_links";
inline constexpr char kTargetLinks[] = "plan_target_links";
inline constexpr char kStatusHistory[] = "plan_status_history";
/// Recorded current values of the report's targets. Optional when loading (files saved before it existed).
inline constexpr char kTargetValues[] = "plan_target_values";
inline constexpr char kSettings[] = "project_settings";
inline constexpr char kLayers[] = "project_layers";
inline constexpr char kReportSource[] = "report_source";
inline constexpr char kReportTargets[] = "report_targets";

/// Translation context of the storage messages (a class so that lupdate sees the context).
struct Storage {
    Q_DECLARE_TR_FUNCTIONS(yc::Storage)
};

} // namespace yc::gpkg
