// SPDX-License-Identifier: GPL-3.0-or-later
#include "identify_dock.h"

#include "plan/plan_feature.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace yc {

IdentifyDock::IdentifyDock(QWidget *parent)
    : QDockWidget(tr("Identify results"), parent), mWhere(new QLabel(this)), mTree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("identifyDock"));
    mWhere->setWordWrap(true);
    mWhere->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mWhere->setText(tr("Pick View ▸ Identify features and click the map."));
    mTree->setObjectName(QStringLiteral("identifyTree"));
    mTree->setHeaderLabels({tr("Feature / field"), tr("Value")});
    mTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mTree->setAlternatingRowColors(true);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mWhere);
    layout->addWidget(mTree, 1);
    setWidget(content);
}

void IdentifyDock::showResults(QPointF mapPoint, const Crs &crs, std::optional<QPointF> lonLat,
                               const QList<FeatureHit> &hits, const QList<const PlanFeature *> &plans)
{
    const int decimals = crs.isGeographic() ? 6 : 1;
    QString where = tr("%1: %2, %3").arg(crs.authId().isEmpty() ? tr("map") : crs.authId())
                        .arg(mapPoint.x(), 0, 'f', decimals).arg(mapPoint.y(), 0, 'f', decimals);
    if (lonLat)
        where = tr("Lon %1° Lat %2° · %3").arg(lonLat->x(), 0, 'f', 6).arg(lonLat->y(), 0, 'f', 6).arg(where);
    const int count = int(hits.size() + plans.size());
    mWhere->setText(count == 0 ? tr("%1 — nothing here.").arg(where)
                               : tr("%1 — %n feature(s)", nullptr, count).arg(where));
    mTree->clear();
    for (const PlanFeature *plan : plans) {
        auto *item = new QTreeWidgetItem(mTree, {tr("Plan"), plan->nameZh});
        const QList<std::pair<QString, QString>> rows = {
            {tr("ID"), plan->id}, {tr("Name"), plan->nameZh}, {tr("English name"), plan->nameEn},
            {tr("Category"), displayName(plan->category)}, {tr("Status"), displayName(plan->status())},
            {tr("County"), plan->county}, {tr("Location"), displayName(plan->confidence)}};
        for (const auto &[field, value] : rows)
            if (!value.isEmpty())
                new QTreeWidgetItem(item, {field, value});
        item->setExpanded(true);
    }
    for (const FeatureHit &hit : hits) {
        const QString title = hit.fid >= 0 ? tr("%1 · #%2 (%3)").arg(hit.layerName).arg(hit.fid).arg(hit.geometryType)
                                           : tr("%1 (raster pixel)").arg(hit.layerName);
        auto *item = new QTreeWidgetItem(mTree, {title, hit.attributes.isEmpty() ? QString()
                                                                                 : hit.attributes.first().second});
        for (const auto &[field, value] : hit.attributes)
            new QTreeWidgetItem(item, {field, value});
        item->setExpanded(mTree->topLevelItemCount() <= 3);
    }
    show();
    raise();
}

} // namespace yc
