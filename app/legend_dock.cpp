// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend_dock.h"

#include "layer_loader.h"
#include "plan/project.h"
#include "render/plan_style.h"

#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTreeWidget>

#include <algorithm>
#include <set>

namespace yc {

namespace {

constexpr QSize kIconSize(22, 16);

QPixmap blank()
{
    QPixmap pixmap(kIconSize);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QIcon markerIcon(Category category)
{
    QPixmap pixmap = blank();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(60, 60, 60), 1));
    p.setBrush(QColor(120, 120, 120));
    p.drawPath(markerPath(markerShape(category), QPointF(11, 8), 13));
    return QIcon(pixmap);
}

QIcon statusIcon(Status status)
{
    QPixmap pixmap = blank();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = statusColor(status);
    p.setPen(QPen(c.darker(160), 1));
    p.setBrush(c);
    p.drawEllipse(QPointF(11, 8), 6, 6);
    return QIcon(pixmap);
}

int dimensionOf(GeometryType t)
{
    switch (t) {
    case GeometryType::Point:
    case GeometryType::MultiPoint: return 0;
    case GeometryType::LineString:
    case GeometryType::MultiLineString: return 1;
    case GeometryType::Polygon:
    case GeometryType::MultiPolygon: return 2;
    case GeometryType::Empty: break;
    }
    return 2;
}

} // namespace

LegendDock::LegendDock(const LayerLoader *loader, QWidget *parent)
    : QDockWidget(tr("Legend"), parent), mLoader(loader), mTree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("legendDock"));
    mTree->setObjectName(QStringLiteral("legendTree"));
    mTree->setHeaderHidden(true);
    mTree->setIconSize(kIconSize);
    mTree->setSelectionMode(QAbstractItemView::NoSelection);
    setWidget(mTree);
    connect(loader, &LayerLoader::loaded, this, &LegendDock::rebuild);
}

QIcon LegendDock::symbolIcon(const Symbol &symbol, int dimension)
{
    QPixmap pixmap = blank();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(symbol.stroke, std::clamp(symbol.strokeWidth, 0.6, 5.0));
    if (symbol.strokeWidth <= 0)
        pen = QPen(Qt::NoPen);
    p.setPen(pen);
    if (dimension == 0) {
        const double r = std::clamp(symbol.pointSize, 3.0, 14.0) / 2;
        p.setPen(QPen(symbol.stroke, 0.8));
        p.setBrush(symbol.fill.alpha() > 0 ? symbol.fill : symbol.stroke);
        p.drawEllipse(QPointF(11, 8), r, r);
    } else if (dimension == 1) {
        QPainterPath path(QPointF(2, 12));
        path.cubicTo(QPointF(8, 0), QPointF(14, 16), QPointF(20, 4));
        p.drawPath(path);
    } else {
        p.setBrush(symbol.fill.alpha() > 0 ? QBrush(symbol.fill) : QBrush(Qt::NoBrush));
        p.drawRect(QRectF(2.5, 2.5, 17, 11));
    }
    return QIcon(pixmap);
}

void LegendDock::setProject(Project *project)
{
    if (mProject)
        disconnect(mProject, nullptr, this, nullptr);
    mProject = project;
    if (mProject) {
        connect(mProject, &Project::featuresReset, this, &LegendDock::rebuild);
        connect(mProject, &Project::featureChanged, this, &LegendDock::rebuild);
    }
    rebuild();
}

void LegendDock::rebuild()
{
    mTree->clear();
    if (!mProject)
        return;
    // The plan: only the categories and statuses it uses, in their usual order.
    std::set<Category> categories;
    std::set<Status> statuses;
    for (const PlanFeature &f : mProject->features()) {
        categories.insert(f.category);
        statuses.insert(f.status());
    }
    if (!categories.empty()) {
        auto *plan = new QTreeWidgetItem(mTree, {tr("Plan features by category")});
        for (Category c : allCategories())
            if (categories.count(c))
                (new QTreeWidgetItem(plan, {displayName(c)}))->setIcon(0, markerIcon(c));
        auto *status = new QTreeWidgetItem(mTree, {tr("Plan features by status")});
        for (Status s : allStatuses())
            if (statuses.count(s))
                (new QTreeWidgetItem(status, {displayName(s)}))->setIcon(0, statusIcon(s));
        auto *placeholder = new QTreeWidgetItem(status, {tr("Placeholder position (drawn hollow, dashed)")});
        placeholder->setIcon(0, symbolIcon(Symbol{Qt::white, QColor(90, 90, 90), 1.2, 10}, 0));
    }
    // Base layers, top of the map first.
    const QList<LoadedLayer> &loaded = mLoader->layers();
    for (qsizetype i = loaded.size() - 1; i >= 0; --i) {
        const LoadedLayer &l = loaded.at(i);
        if (!l.isRead() || !l.ref.visible)
            continue;
        auto *item = new QTreeWidgetItem(mTree, {l.ref.name});
        if (!l.layer.data) {
            item->setToolTip(0, tr("Raster"));
            continue;
        }
        const VectorData &vector = *l.layer.data;
        const Symbol base = Symbol::fromBase(baseLayerStyle(vector.layerName, l.ref.name));
        const int dim = dimensionOf(vector.geometryType);
        const QList<LegendEntry> entries = l.layer.style.legend(base);
        if (entries.size() == 1 && entries.first().label.isEmpty()) {
            item->setIcon(0, symbolIcon(entries.first().symbol, dim));
            continue;
        }
        if (!l.layer.style.field.isEmpty())
            item->setText(0, QStringLiteral("%1 (%2)").arg(l.ref.name, l.layer.style.field));
        for (const LegendEntry &e : entries)
            (new QTreeWidgetItem(item, {e.label}))->setIcon(0, symbolIcon(e.symbol, dim));
    }
    mTree->expandAll();
}

} // namespace yc
