// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "render/feature_query.h"

#include <QDockWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace yc {

struct PlanFeature;

/// The results of the identify tool: where the click was (map CRS and lon/lat), then one branch per feature
/// found — the plan features first, then the base layers' features top layer first — with their attributes.
class IdentifyDock : public QDockWidget {
    Q_OBJECT
public:
    explicit IdentifyDock(QWidget *parent = nullptr);
    /// `lonLat` is the point in EPSG:4490 when it could be computed.
    void showResults(QPointF mapPoint, const Crs &crs, std::optional<QPointF> lonLat,
                     const QList<FeatureHit> &hits, const QList<const PlanFeature *> &plans);
    QTreeWidget *tree() const { return mTree; }

private:
    QLabel *mWhere;
    QTreeWidget *mTree;
};

} // namespace yc
