// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan_feature.h"
#include "plan/project.h"

#include <QList>
#include <QString>

#include <optional>

namespace yc {

/// The reviewed, human-editable source of the bundled plan: seeds/plan-features.json.
///
/// Format ("yuncheng-plan-seed/1"):
/// { "format": "yuncheng-plan-seed/1", "crs": "EPSG:4490",
///   "features": [ { "id": "yellow_river_road", "name_zh": "黄河一号旅游公路", "name_en": "Yellow River No.1 Tourism Road",
///                   "category": "tourism_road", "county": "",            // "" = spans counties / city-wide
///                   "geometry": "LINESTRING(110.595 35.665, …)",      // WKT, lon/lat in EPSG:4490
///                   "confidence": "approximate", "location_note": "…",
///                   "status": "under_construction", "status_date": "2024-01-01",
///                   "status_note": "report: 全面完成…旅游公路建设",
///                   "sentences": ["4.1.2"], "targets": ["4.3.2#1"] } ] }
struct PlanSeed {
    QList<PlanFeature> features;
};

/// Reads a seed file. Returns nullopt and a one-line `error` (with the feature id) on any bad entry.
std::optional<PlanSeed> readPlanSeed(const QString &path, QString *error = nullptr);

/// Fills `project` from a report text file, a plan seed and base layers. Seeded status-history rows carry the
/// user "report-2024". Returns false with a one-line `error` when an input cannot be read.
bool buildProjectFromSeeds(Project &project, const QString &reportPath, const QString &seedPath,
                                             const QList<LayerRef> &baseLayers, QString *error = nullptr);

} // namespace yc
