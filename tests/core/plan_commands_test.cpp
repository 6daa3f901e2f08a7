// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plan_commands.h"
#include "plan/project.h"
#include "platform/platform.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace yc;

namespace {

PlanFeature feature(const QString &id, const QStringList &sentences)
{
    PlanFeature f;
    f.id = id;
    f.nameZh = QString::fromUtf8("五老峰");
    f.county = QString::fromUtf8("永济市");
    f.geometry = Geometry::point({110.5, 34.8});
    f.history = {{Status::Proposed, QDate(2024, 1, 1), {}, QStringLiteral("seed"), {}}};
    f.sentenceIds = sentences;
    return f;
}

class PlanCommandsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        mProject.setFeatures({feature(QStringLiteral("a"), {QStringLiteral("4.2.1")}),
                              feature(QStringLiteral("b"), {QStringLiteral("4.2.1"), QStringLiteral("5.1.1")}),
                              feature(QStringLiteral("c"), {})});
        mBefore = mProject.features();
    }

    /// Pushes `command`, then checks that undo gives back the state before and redo the state after.
    QList<PlanFeature> pushAndCycle(QUndoCommand *command)
    {
        mProject.undoStack()->push(command);
        const QList<PlanFeature> after = mProject.features();
        EXPECT_NE(after, mBefore);
        mProject.undoStack()->undo();
        EXPECT_EQ(mProject.features(), mBefore);
        mProject.undoStack()->redo();
        EXPECT_EQ(mProject.features(), after);
        return after;
    }

    Project mProject;
    QList<PlanFeature> mBefore;
};

} // namespace

TEST_F(PlanCommandsTest, ChangeStatusAppendsAHistoryRowWithUserAndTime)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    QSignalSpy spy(&mProject, &Project::featureChanged);
    pushAndCycle(new ChangeStatusCommand(mProject, QStringLiteral("a"), Status::UnderConstruction,
                                         QDate(2024, 5, 6), QString::fromUtf8("开工")));
    EXPECT_GE(spy.count(), 3);
    const PlanFeature *a = mProject.feature(QStringLiteral("a"));
    ASSERT_EQ(a->history.size(), 2);
    const StatusChange &row = a->history.last();
    EXPECT_EQ(a->status(), Status::UnderConstruction);
    EXPECT_EQ(row.date, QDate(2024, 5, 6));
    EXPECT_EQ(row.note, QString::fromUtf8("开工"));
    EXPECT_EQ(row.user, platform::userName());
    EXPECT_FALSE(row.user.isEmpty());
    EXPECT_EQ(row.recordedAt.offsetFromUtc(), 0);
    EXPECT_GE(row.recordedAt, start);
    EXPECT_LE(row.recordedAt, QDateTime::currentDateTimeUtc());
    EXPECT_EQ(mProject.features().at(1), mBefore.at(1));   // others untouched
}

TEST_F(PlanCommandsTest, LinkAndUnlinkSentences)
{
    pushAndCycle(new LinkSentenceCommand(mProject, QStringLiteral("c"), QStringLiteral("6.1.2")));
    EXPECT_EQ(mProject.feature(QStringLiteral("c"))->sentenceIds, QStringList{QStringLiteral("6.1.2")});
    EXPECT_EQ(mProject.featuresForSentence(QStringLiteral("6.1.2")).size(), 1);

    mBefore = mProject.features();
    pushAndCycle(new UnlinkSentenceCommand(mProject, QStringLiteral("b"), QStringLiteral("4.2.1")));
    EXPECT_EQ(mProject.feature(QStringLiteral("b"))->sentenceIds, QStringList{QStringLiteral("5.1.1")});
    EXPECT_EQ(mProject.featuresForSentence(QStringLiteral("4.2.1")).size(), 1);
}

TEST_F(PlanCommandsTest, LinkingTwiceOrUnlinkingNothingChangesNothing)
{
    mProject.undoStack()->push(new LinkSentenceCommand(mProject, QStringLiteral("a"), QStringLiteral("4.2.1")));
    mProject.undoStack()->push(new UnlinkSentenceCommand(mProject, QStringLiteral("c"), QStringLiteral("4.2.1")));
    mProject.undoStack()->push(new ChangeStatusCommand(mProject, QStringLiteral("nope"), Status::Completed, {}, {}));
    EXPECT_EQ(mProject.features(), mBefore);
    EXPECT_EQ(mProject.undoStack()->count(), 0);
}

TEST_F(PlanCommandsTest, AddAndRemoveFeatures)
{
    PlanFeature added = feature(uniqueFeatureId(mProject, QStringLiteral("a")), {QStringLiteral("7.1.1")});
    EXPECT_EQ(added.id, QStringLiteral("a_2"));
    pushAndCycle(new AddFeatureCommand(mProject, added));
    ASSERT_EQ(mProject.features().size(), 4);
    EXPECT_EQ(mProject.features().last(), added);

    mBefore = mProject.features();
    pushAndCycle(new RemoveFeatureCommand(mProject, QStringLiteral("a")));   // first: undo restores its place
    EXPECT_EQ(mProject.feature(QStringLiteral("a")), nullptr);
    mProject.undoStack()->undo();
    EXPECT_EQ(mProject.features().first().id, QStringLiteral("a"));
}

TEST_F(PlanCommandsTest, WholeStackUndoesToTheStart)
{
    QUndoStack *stack = mProject.undoStack();
    stack->push(new ChangeStatusCommand(mProject, QStringLiteral("b"), Status::Completed, QDate(2024, 9, 1), {}));
    stack->push(new LinkSentenceCommand(mProject, QStringLiteral("b"), QStringLiteral("8.1.1")));
    stack->push(new RemoveFeatureCommand(mProject, QStringLiteral("c")));
    const QList<PlanFeature> after = mProject.features();
    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(mProject.features(), mBefore);
    while (stack->canRedo())
        stack->redo();
    EXPECT_EQ(mProject.features(), after);
}
