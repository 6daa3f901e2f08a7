// SPDX-License-Identifier: GPL-3.0-or-later
// Undo steps that name a feature replaced from outside the history (pulled, or taken from another planner) are
// dropped, so an undo cannot put back the state from before the other planner's change; other steps stay.
#include "plan/external_change_guard.h"
#include "plan/plan_commands.h"
#include "plan/project.h"

#include <gtest/gtest.h>

using namespace yc;

namespace {

class ExternalChangeGuardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QList<PlanFeature> features;
        for (const char *id : {"a", "b"}) {
            PlanFeature f;
            f.id = QString::fromLatin1(id);
            f.nameZh = f.id;
            features << f;
        }
        mProject.setFeatures(features);
    }
    void setStatus(const QString &id, Status status)
    {
        mProject.undoStack()->push(new ChangeStatusCommand(mProject, id, status, QDate(2025, 1, 1), {}));
    }
    /// What a pull does: another planner's version of `id`, put without an undo command.
    QStringList theirRename(const QString &id)
    {
        PlanFeature theirs = *mProject.feature(id);
        theirs.nameZh = QStringLiteral("theirs");
        mProject.putFeature(theirs);
        return {id};
    }

    Project mProject;
    ExternalChangeGuard mGuard{mProject};
};

TEST_F(ExternalChangeGuardTest, HistoryNamingTheReplacedFeatureIsCleared)
{
    setStatus(QStringLiteral("a"), Status::Completed);
    setStatus(QStringLiteral("b"), Status::OnHold);
    ASSERT_FALSE(mProject.undoStack()->isClean());

    EXPECT_TRUE(mGuard.applyExternal([&]() { return theirRename(QStringLiteral("a")); }));
    EXPECT_EQ(mProject.undoStack()->count(), 0);
    EXPECT_FALSE(mProject.undoStack()->canUndo());
    // The edits themselves stay, unsaved.
    EXPECT_FALSE(mProject.undoStack()->isClean());
    EXPECT_EQ(mProject.feature(QStringLiteral("a"))->nameZh, QStringLiteral("theirs"));
    EXPECT_EQ(mProject.feature(QStringLiteral("b"))->status(), Status::OnHold);
}

TEST_F(ExternalChangeGuardTest, SavedHistoryIsClearedAndStaysClean)
{
    setStatus(QStringLiteral("a"), Status::Completed);
    mProject.undoStack()->setClean();   // saved; then another planner changes "a"
    EXPECT_TRUE(mGuard.applyExternal([&]() { return theirRename(QStringLiteral("a")); }));
    EXPECT_EQ(mProject.undoStack()->count(), 0);
    EXPECT_TRUE(mProject.undoStack()->isClean());
}

TEST_F(ExternalChangeGuardTest, HistoryOfOtherFeaturesStays)
{
    setStatus(QStringLiteral("b"), Status::OnHold);
    EXPECT_FALSE(mGuard.applyExternal([&]() { return theirRename(QStringLiteral("a")); }));
    ASSERT_EQ(mProject.undoStack()->count(), 1);
    // Undo still works and leaves the pulled feature alone.
    mProject.undoStack()->undo();
    EXPECT_EQ(mProject.feature(QStringLiteral("b"))->status(), Status::Proposed);
    EXPECT_EQ(mProject.feature(QStringLiteral("a"))->nameZh, QStringLiteral("theirs"));
    // A pulled feature later edited here is one the history names from then on.
    setStatus(QStringLiteral("a"), Status::Completed);
    EXPECT_TRUE(mGuard.applyExternal([&]() { return theirRename(QStringLiteral("a")); }));
}

} // namespace
