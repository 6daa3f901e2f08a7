// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan_feature.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace yc {

/// A plan feature as one compact JSON object (geometry as hex WKB, so coordinates round-trip exactly):
/// the PostGIS backend keeps one per saved version in its change log (see storage/README.md).
QByteArray featureToJson(const PlanFeature &feature);
std::optional<PlanFeature> featureFromJson(const QByteArray &json, QString *error);

} // namespace yc
