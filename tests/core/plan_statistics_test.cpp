// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plan_statistics.h"

#include <gtest/gtest.h>

using namespace yc;

namespace {

PlanFeature withStatus(Status s)
{
    PlanFeature f;
    f.history = {{s, QDate(2024, 1, 1), {}, {}, {}}};
    return f;
}

} // namespace

TEST(PlanStatistics, CountsEveryStatusInOrder)
{
    const QList<PlanFeature> features = {withStatus(Status::Completed), withStatus(Status::Proposed),
                                         withStatus(Status::Completed), withStatus(Status::UnderConstruction)};
    const QList<StatusCount> counts = countByStatus(features);
    ASSERT_EQ(counts.size(), allStatuses().size());
    for (int i = 0; i < counts.size(); ++i)
        EXPECT_EQ(counts.at(i).status, allStatuses().at(i));
    const auto count = [&](Status s) {
        for (const StatusCount &c : counts)
            if (c.status == s)
                return c.count;
        return -1;
    };
    EXPECT_EQ(count(Status::Completed), 2);
    EXPECT_EQ(count(Status::Proposed), 1);
    EXPECT_EQ(count(Status::UnderConstruction), 1);
    EXPECT_EQ(count(Status::OnHold), 0);
    EXPECT_EQ(count(Status::PreliminaryWork), 0);
}

TEST(PlanStatistics, EmptyInputGivesZeroes)
{
    for (const StatusCount &c : countByStatus({}))
        EXPECT_EQ(c.count, 0);
}

namespace {

int countOf(const QList<StatusCount> &counts, Status s)
{
    for (const StatusCount &c : counts)
        if (c.status == s)
            return c.count;
    return -1;
}

} // namespace

TEST(PlanStatistics, StatusOnFollowsTheHistory)
{
    PlanFeature f = withStatus(Status::Proposed);
    f.history.append({Status::UnderConstruction, QDate(2024, 5, 10), {}, {}, {}});
    EXPECT_EQ(statusOn(f, QDate(2023, 12, 31)), std::nullopt);
    EXPECT_EQ(statusOn(f, QDate(2024, 1, 1)), Status::Proposed);
    EXPECT_EQ(statusOn(f, QDate(2024, 5, 9)), Status::Proposed);
    EXPECT_EQ(statusOn(f, QDate(2024, 5, 10)), Status::UnderConstruction);
    // A row without a date counts from the start.
    PlanFeature undated;
    undated.history = {{Status::OnHold, QDate(), {}, {}, {}}};
    EXPECT_EQ(statusOn(undated, QDate(1990, 1, 1)), Status::OnHold);
}

TEST(PlanStatistics, CountsByMonthStepThroughTheChanges)
{
    PlanFeature a = withStatus(Status::Proposed);                       // from 2024-01-01
    a.history.append({Status::UnderConstruction, QDate(2024, 3, 20), {}, {}, {}});
    a.history.append({Status::Completed, QDate(2024, 4, 2), {}, {}, {}});
    PlanFeature b;                                                       // appears in February
    b.history = {{Status::PreliminaryWork, QDate(2024, 2, 29), {}, {}, {}}};
    const QList<StatusSnapshot> months = statusCountsByMonth({a, b}, QDate(2024, 4, 15));
    ASSERT_EQ(months.size(), 4);
    EXPECT_EQ(months.at(0).date, QDate(2024, 1, 31));
    EXPECT_EQ(months.at(1).date, QDate(2024, 2, 29));
    EXPECT_EQ(months.at(3).date, QDate(2024, 4, 15));   // the last one ends at `until`

    EXPECT_EQ(countOf(months.at(0).counts, Status::Proposed), 1);
    EXPECT_EQ(countOf(months.at(0).counts, Status::PreliminaryWork), 0);
    EXPECT_EQ(countOf(months.at(1).counts, Status::PreliminaryWork), 1);
    EXPECT_EQ(countOf(months.at(2).counts, Status::UnderConstruction), 1);
    EXPECT_EQ(countOf(months.at(2).counts, Status::Proposed), 0);
    EXPECT_EQ(countOf(months.at(3).counts, Status::Completed), 1);
    EXPECT_EQ(countOf(months.at(3).counts, Status::PreliminaryWork), 1);
    // The last snapshot agrees with the current statuses.
    EXPECT_EQ(months.last().counts, countByStatus({a, b}));
}

TEST(PlanStatistics, CountsByMonthWithoutDatesIsEmpty)
{
    PlanFeature undated;
    undated.history = {{Status::OnHold, QDate(), {}, {}, {}}};
    EXPECT_TRUE(statusCountsByMonth({undated}, QDate(2024, 1, 1)).isEmpty());
    EXPECT_TRUE(statusCountsByMonth({withStatus(Status::Proposed)}, QDate(2023, 1, 1)).isEmpty());
    EXPECT_TRUE(statusCountsByMonth({}, QDate(2024, 1, 1)).isEmpty());
}
