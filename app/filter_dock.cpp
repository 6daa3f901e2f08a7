// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_dock.h"

#include "plan/plan_filter.h"
#include "plan/project.h"
#include "render/plan_style.h"
#include "selection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc {

namespace {

/// The "any" entry carries no data; the others carry the criterion's value.
template<typename T>
std::optional<T> choice(const QComboBox *box)
{
    const QVariant v = box->currentData();
    if (!v.isValid())
        return std::nullopt;
    return T(v.toInt());
}

template<typename T>
void selectChoice(QComboBox *box, const std::optional<T> &value)
{
    box->setCurrentIndex(value ? std::max(0, box->findData(int(*value))) : 0);
}

} // namespace

FilterDock::FilterDock(FeatureFilterModel *filter, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Filter"), parent), mFilter(filter), mSelection(selection), mSection(new QComboBox(this)),
      mCategory(new QComboBox(this)), mStatus(new QComboBox(this)), mCounty(new QComboBox(this)),
      mConfidence(new QComboBox(this)), mCount(new QLabel(this)), mTable(new QTableWidget(this))
{
    setObjectName(QStringLiteral("filterDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *form = new QFormLayout;
    form->addRow(tr("Section"), mSection);
    form->addRow(tr("Category"), mCategory);
    form->addRow(tr("Status"), mStatus);
    form->addRow(tr("County"), mCounty);
    form->addRow(tr("Location"), mConfidence);
    layout->addLayout(form);
    auto *clear = new QPushButton(tr("Show all"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(mCount, 1);
    row->addWidget(clear);
    layout->addLayout(row);
    mTable->setColumnCount(4);
    mTable->setHorizontalHeaderLabels({tr("Name"), tr("Status"), tr("County"), tr("Sentences")});
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(mTable, 1);
    setWidget(content);

    for (QComboBox *box : {mSection, mCategory, mStatus, mCounty, mConfidence})
        connect(box, &QComboBox::activated, this, &FilterDock::apply);
    connect(clear, &QPushButton::clicked, mFilter, &FeatureFilterModel::clear);
    connect(mFilter, &FeatureFilterModel::changed, this, [this]() {
        showFilter();
        refreshList();
    });
    connect(mTable, &QTableWidget::cellClicked, this, [this](int r, int) {
        if (const QTableWidgetItem *item = mTable->item(r, 0))
            mSelection->select({item->data(Qt::UserRole).toString()});
    });
    fillChoices();
}

void FilterDock::setProject(const Project *project)
{
    if (mProject)
        disconnect(mProject, nullptr, this, nullptr);
    mProject = project;
    if (mProject) {
        connect(mProject, &Project::featureChanged, this, &FilterDock::refreshList);
        connect(mProject, &Project::featuresReset, this, [this]() {
            fillChoices();
            refreshList();
        });
    }
    fillChoices();
    refreshList();
}

void FilterDock::fillChoices()
{
    const QString any = tr("(any)");
    for (QComboBox *box : {mSection, mCategory, mStatus, mCounty, mConfidence}) {
        box->clear();
        box->addItem(any);
    }
    if (mProject)
        for (const Section &s : mProject->report().sections())
            mSection->addItem(QStringLiteral("%1 %2").arg(s.number).arg(s.title), s.number);
    for (Category c : allCategories())
        mCategory->addItem(displayName(c), int(c));
    for (Status s : allStatuses())
        mStatus->addItem(displayName(s), int(s));
    for (LocationConfidence c : {LocationConfidence::Surveyed, LocationConfidence::Approximate,
                                 LocationConfidence::Placeholder})
        mConfidence->addItem(displayName(c), int(c));
    if (mProject) {
        QStringList counties;
        for (const PlanFeature &f : mProject->features())
            if (!counties.contains(f.county))
                counties << f.county;
        std::sort(counties.begin(), counties.end());
        for (const QString &county : counties)
            mCounty->addItem(county.isEmpty() ? tr("city-wide") : county, county);
    }
    showFilter();
}

void FilterDock::apply()
{
    FeatureFilter f = mFilter->filter();
    f.section = choice<int>(mSection);
    f.category = choice<Category>(mCategory);
    f.status = choice<Status>(mStatus);
    f.confidence = choice<LocationConfidence>(mConfidence);
    const QVariant county = mCounty->currentData();
    f.county = county.isValid() ? std::optional<QString>(county.toString()) : std::nullopt;
    mFilter->setFilter(f);
}

void FilterDock::showFilter()
{
    const FeatureFilter &f = mFilter->filter();
    selectChoice(mSection, f.section);
    selectChoice(mCategory, f.category);
    selectChoice(mStatus, f.status);
    selectChoice(mConfidence, f.confidence);
    mCounty->setCurrentIndex(f.county ? std::max(0, mCounty->findData(*f.county)) : 0);
}

void FilterDock::refreshList()
{
    const QList<PlanFeature> all = mProject ? mProject->features() : QList<PlanFeature>();
    const QList<PlanFeature> shown = mProject ? filterFeatures(all, mFilter->filter(), mProject->report()) : all;
    mCount->setText(tr("%1 of %2 features").arg(shown.size()).arg(all.size()));
    mTable->setSortingEnabled(false);
    mTable->setRowCount(int(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        const PlanFeature &f = shown.at(r);
        const QStringList cells = {f.nameZh, displayName(f.status()), f.county.isEmpty() ? tr("city-wide") : f.county,
                                   f.sentenceIds.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, f.id);
            mTable->setItem(r, c, item);
        }
        mTable->item(r, 1)->setForeground(statusColor(f.status()));
    }
    mTable->setSortingEnabled(true);
}

} // namespace yc
