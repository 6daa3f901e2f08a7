// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflict_dialog.h"

#include "geo/coordinate_transform.h"
#include "render/map_renderer.h"

#include <functional>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc {

namespace {

const QColor kMineColour(30, 100, 220);
const QColor kTheirsColour(230, 120, 20);

QString geometryText(const Geometry &g)
{
    if (g.isEmpty())
        return ConflictDialog::tr("not sited");
    const QPointF first = g.parts.first().first().first();
    return ConflictDialog::tr("%1, %n vertices, first at %2, %3", nullptr, g.vertexCount())
        .arg(geometryTypeName(g.type))
        .arg(first.x(), 0, 'f', 6)
        .arg(first.y(), 0, 'f', 6);
}

QString statusText(const PlanFeature &f)
{
    if (f.history.isEmpty())
        return displayName(f.status());
    const StatusChange &c = f.history.last();
    const QString status =
        ConflictDialog::tr("%1 (%2, by %3)").arg(displayName(c.status), c.date.toString(Qt::ISODate), c.user);
    // The planner's note says why: often what decides between two statuses.
    return c.note.isEmpty() ? status : status + QLatin1Char('\n') + c.note;
}

/// The rows compared: a label and how to show the value.
QList<std::pair<QString, std::function<QString(const PlanFeature &)>>> rows()
{
    return {
        {ConflictDialog::tr("Name"), [](const PlanFeature &f) { return f.nameZh; }},
        {ConflictDialog::tr("English name"), [](const PlanFeature &f) { return f.nameEn; }},
        {ConflictDialog::tr("Category"), [](const PlanFeature &f) { return displayName(f.category); }},
        {ConflictDialog::tr("County"), [](const PlanFeature &f) { return f.county; }},
        {ConflictDialog::tr("Status"), statusText},
        {ConflictDialog::tr("Status history"), [](const PlanFeature &f) {
             return ConflictDialog::tr("%n entries", nullptr, int(f.history.size())); }},
        {ConflictDialog::tr("Location confidence"), [](const PlanFeature &f) { return displayName(f.confidence); }},
        {ConflictDialog::tr("Location note"), [](const PlanFeature &f) { return f.locationNote; }},
        {ConflictDialog::tr("Geometry"), [](const PlanFeature &f) { return geometryText(f.geometry); }},
        {ConflictDialog::tr("Report sentences"), [](const PlanFeature &f) { return f.sentenceIds.join(QStringLiteral(", ")); }},
        {ConflictDialog::tr("Report targets"), [](const PlanFeature &f) { return f.targetIds.join(QStringLiteral(", ")); }},
    };
}

} // namespace

ConflictDialog::ConflictDialog(QList<FeatureConflict> conflicts, const Crs &mapCrs, QWidget *parent)
    : QDialog(parent), mConflicts(std::move(conflicts)), mChoices(mConflicts.size(), Choice::Undecided), mCrs(mapCrs)
{
    setWindowTitle(tr("Changed by someone else"));
    auto *intro = new QLabel(tr("Someone else saved changes to these features since you opened the project, and you "
                                "changed them too. Nothing has been overwritten. Choose which version to keep."),
                             this);
    intro->setWordWrap(true);
    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("conflictList"));
    mList->setMaximumWidth(180);
    for (const FeatureConflict &c : mConflicts) {
        const PlanFeature *f = c.mine ? &*c.mine : c.theirs ? &*c.theirs : nullptr;
        mList->addItem(f && !f->nameZh.isEmpty() ? f->nameZh : c.id);
    }
    mTable = new QTableWidget(this);
    mTable->setObjectName(QStringLiteral("conflictTable"));
    mTable->setColumnCount(2);
    mTable->setHorizontalHeaderLabels({tr("Mine"), tr("Theirs")});
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mMap = new QLabel(this);
    mMap->setObjectName(QStringLiteral("conflictMap"));
    mMap->setFixedSize(360, 240);

    auto *mine = new QPushButton(tr("Keep mine"), this);
    mine->setObjectName(QStringLiteral("keepMine"));
    auto *theirs = new QPushButton(tr("Take theirs"), this);
    theirs->setObjectName(QStringLiteral("takeTheirs"));
    connect(mine, &QPushButton::clicked, this, [this]() { choose(Choice::KeepMine); });
    connect(theirs, &QPushButton::clicked, this, [this]() { choose(Choice::TakeTheirs); });
    auto *buttons = new QDialogButtonBox(this);
    mOk = buttons->addButton(QDialogButtonBox::Ok);
    buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *right = new QVBoxLayout;
    right->addWidget(mTable, 1);
    auto *mapRow = new QHBoxLayout;
    mapRow->addWidget(mMap);
    auto *legend = new QLabel(tr("<span style='color:%1'>■ mine</span><br><span style='color:%2'>■ theirs</span>")
                                  .arg(kMineColour.name(), kTheirsColour.name()), this);
    mapRow->addWidget(legend, 1, Qt::AlignTop);
    right->addLayout(mapRow);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addStretch();
    choiceRow->addWidget(mine);
    choiceRow->addWidget(theirs);
    right->addLayout(choiceRow);
    auto *middle = new QHBoxLayout;
    middle->addWidget(mList);
    middle->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(960, 760);   // room for every compared row above the map

    connect(mList, &QListWidget::currentRowChanged, this, &ConflictDialog::showConflict);
    mList->setCurrentRow(0);
    updateButtons();
}

void ConflictDialog::showConflict(int index)
{
    if (index < 0 || index >= mConflicts.size())
        return;
    if (mList->currentRow() != index)
        mList->setCurrentRow(index);
    const FeatureConflict &c = mConflicts.at(index);
    const auto shown = rows();
    mTable->setRowCount(int(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        mTable->setVerticalHeaderItem(r, new QTableWidgetItem(shown.at(r).first));
        const QString mine = c.mine ? shown.at(r).second(*c.mine) : tr("(deleted)");
        const QString theirs = c.theirs ? shown.at(r).second(*c.theirs) : tr("(deleted)");
        auto *a = new QTableWidgetItem(mine);
        auto *b = new QTableWidgetItem(theirs);
        if (mine != theirs) {   // the differences are what the planner decides about
            for (QTableWidgetItem *item : {a, b}) {
                item->setBackground(QColor(255, 240, 200));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
        mTable->setItem(r, 0, a);
        mTable->setItem(r, 1, b);
        // A status with its note takes two lines; every other row keeps the default height.
        const bool twoLines = mine.contains(QLatin1Char('\n')) || theirs.contains(QLatin1Char('\n'));
        mTable->setRowHeight(r, twoLines ? mTable->fontMetrics().lineSpacing() * 2 + 12
                                         : mTable->verticalHeader()->defaultSectionSize());
    }
    mMap->setPixmap(QPixmap::fromImage(drawBoth(c)));
}

QImage ConflictDialog::drawBoth(const FeatureConflict &c) const
{
    QImage image(mMap->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(248, 248, 244));
    const CoordinateTransform toMap(Crs::cgcs2000(), mCrs);
    const auto project = [&](const Geometry &g) {
        return g.transformed([&](QPointF p) { return toMap.apply(p); });
    };
    const Geometry mine = c.mine ? project(c.mine->geometry) : Geometry();
    const Geometry theirs = c.theirs ? project(c.theirs->geometry) : Geometry();
    Envelope extent = mine.envelope();
    extent.include(theirs.envelope());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (extent.isEmpty()) {
        painter.drawText(image.rect(), Qt::AlignCenter, tr("Neither version is sited"));
        return image;
    }
    MapSettings settings;
    settings.crs = mCrs;
    settings.outputSize = image.size();
    // At least a few hundred metres across, so that two nearby points do not fill the picture.
    settings.extent = extent.buffered(std::max(std::max(extent.width(), extent.height()) * 0.2,
                                               mCrs.isGeographic() ? 0.003 : 300.0));
    const MapToPixel toPixel(settings);
    const auto draw = [&](const Geometry &g, const QColor &colour, Qt::PenStyle style) {
        painter.setPen(QPen(colour, 2.5, style));
        painter.setBrush(g.dimension() == 2 ? QColor(colour.red(), colour.green(), colour.blue(), 50) : Qt::NoBrush);
        for (const Geometry::Part &part : g.parts) {
            QPainterPath path;
            for (const QPolygonF &ring : part) {
                QPolygonF pixels;
                for (const QPointF &p : ring)
                    pixels << toPixel.toPixel(p);
                if (g.dimension() == 0)
                    path.addEllipse(pixels.first(), 6, 6);
                else
                    path.addPolygon(pixels);   // an open subpath: lines stay open
            }
            if (g.dimension() == 1)
                painter.strokePath(path, painter.pen());
            else
                painter.drawPath(path);
        }
    };
    draw(theirs, kTheirsColour, Qt::SolidLine);
    draw(mine, kMineColour, Qt::DashLine);
    return image;
}

void ConflictDialog::choose(Choice choice)
{
    const int index = mList->currentRow();
    if (index < 0)
        return;
    mChoices[index] = choice;
    mList->item(index)->setText(mList->item(index)->text().section(QStringLiteral("  —"), 0, 0) + QStringLiteral("  — ")
                                + (choice == Choice::KeepMine ? tr("mine") : tr("theirs")));
    updateButtons();
    // On to the next feature still undecided.
    for (int i = 0; i < mChoices.size(); ++i)
        if (mChoices.at(i) == Choice::Undecided) {
            showConflict(i);
            break;
        }
}

void ConflictDialog::updateButtons()
{
    mOk->setEnabled(!mChoices.contains(Choice::Undecided));
}

} // namespace yc
