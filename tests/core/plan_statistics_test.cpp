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
