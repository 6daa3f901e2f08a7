// SPDX-License-Identifier: GPL-3.0-or-later
// Two planners on one PostGIS project: the same feature is a conflict with both versions, different
// features merge, and nothing is overwritten unless a planner chooses so.
#include "pg/team_project.h"
#include "plan/plan_commands.h"
#include "platform/platform.h"

using namespace yc;
using namespace yc::test;

namespace {

class ConflictTest : public PgTest {};

TEST_F(ConflictTest, SameFeatureIsAConflictWithBothVersions)
{
    const QString uri = publishSmallProject(3, QStringLiteral("conflict"));
    Client a(uri), b(uri);
    ASSERT_TRUE(a.open());
    ASSERT_TRUE(b.open());
    a.rename(QStringLiteral("f1"), QString::fromUtf8("甲的名字"));
    b.rename(QStringLiteral("f1"), QString::fromUtf8("乙的名字"));

    const SaveResult first = a.store->save(*a.project);
    ASSERT_TRUE(first.ok()) << first.error.toStdString();
    EXPECT_EQ(first.saved, QStringList{QStringLiteral("f1")});
    EXPECT_TRUE(a.project->undoStack()->isClean());

    const SaveResult second = b.store->save(*b.project);
    EXPECT_TRUE(second.error.isEmpty()) << second.error.toStdString();
    ASSERT_EQ(second.conflicts.size(), 1);
    const FeatureConflict &c = second.conflicts.first();
    EXPECT_EQ(c.id, QStringLiteral("f1"));
    ASSERT_TRUE(c.mine && c.theirs);
    EXPECT_EQ(c.mine->nameZh, QString::fromUtf8("乙的名字"));
    EXPECT_EQ(*c.theirs, a.feature(QStringLiteral("f1")));
    EXPECT_EQ(c.theirVersion, 2);
    // Nothing was overwritten, nothing was lost: the server has A's, B still has its own, unsaved.
    Client check(uri);
    ASSERT_TRUE(check.open());
    EXPECT_EQ(check.feature(QStringLiteral("f1")).nameZh, QString::fromUtf8("甲的名字"));
    EXPECT_EQ(b.feature(QStringLiteral("f1")).nameZh, QString::fromUtf8("乙的名字"));
    EXPECT_FALSE(b.project->undoStack()->isClean());

    // B takes theirs: the project shows A's version and there is nothing left to save.
    b.store->takeTheirs(*b.project, c);
    EXPECT_EQ(b.feature(QStringLiteral("f1")), a.feature(QStringLiteral("f1")));
    const SaveResult after = b.store->save(*b.project);
    EXPECT_TRUE(after.ok());
    EXPECT_TRUE(after.saved.isEmpty());
}

TEST_F(ConflictTest, KeepMineOverwritesOnlyWhenChosen)
{
    const QString uri = publishSmallProject(3, QStringLiteral("keepmine"));
    Client a(uri), b(uri);
    ASSERT_TRUE(a.open() && b.open());
    a.rename(QStringLiteral("f0"), QStringLiteral("A"));
    b.rename(QStringLiteral("f0"), QStringLiteral("B"));
    ASSERT_TRUE(a.store->save(*a.project).ok());
    const SaveResult conflicted = b.store->save(*b.project);
    ASSERT_EQ(conflicted.conflicts.size(), 1);

    b.store->keepMine(conflicted.conflicts.first());
    const SaveResult saved = b.store->save(*b.project);
    ASSERT_TRUE(saved.ok()) << saved.error.toStdString();
    EXPECT_EQ(b.store->baseVersion(QStringLiteral("f0")), 3);
    Client check(uri);
    ASSERT_TRUE(check.open());
    EXPECT_EQ(check.feature(QStringLiteral("f0")).nameZh, QStringLiteral("B"));

    // A, still at version 2, now meets B's version as a conflict in turn.
    a.rename(QStringLiteral("f0"), QStringLiteral("A again"));
    const SaveResult late = a.store->save(*a.project);
    ASSERT_EQ(late.conflicts.size(), 1);
    EXPECT_EQ(late.conflicts.first().theirs->nameZh, QStringLiteral("B"));
}

TEST_F(ConflictTest, DifferentFeaturesMergeAndArriveByPull)
{
    const QString uri = publishSmallProject(3, QStringLiteral("merge"));
    Client a(uri), b(uri);
    ASSERT_TRUE(a.open() && b.open());
    a.rename(QStringLiteral("f0"), QStringLiteral("A"));
    b.project->undoStack()->push(new ChangeStatusCommand(*b.project, QStringLiteral("f2"), Status::UnderConstruction,
                                                         QDate(2024, 6, 1), QString::fromUtf8("开工")));
    ASSERT_TRUE(a.store->save(*a.project).ok());
    const SaveResult saved = b.store->save(*b.project);
    ASSERT_TRUE(saved.ok()) << saved.error.toStdString();
    EXPECT_TRUE(saved.conflicts.isEmpty());

    Client check(uri);
    ASSERT_TRUE(check.open());
    EXPECT_EQ(check.feature(QStringLiteral("f0")).nameZh, QStringLiteral("A"));
    const PlanFeature f2 = check.feature(QStringLiteral("f2"));
    EXPECT_EQ(f2.status(), Status::UnderConstruction);
    // The history row carries who recorded it and when.
    EXPECT_EQ(f2.history.last().user, platform::userName());
    EXPECT_TRUE(f2.history.last().recordedAt.isValid());
    EXPECT_EQ(f2, b.feature(QStringLiteral("f2")));

    // Each sees the other's edit without reloading.
    QString error;
    const auto pulledByB = b.store->pull(*b.project, &error);
    ASSERT_TRUE(pulledByB) << error.toStdString();
    EXPECT_EQ(*pulledByB, QStringList{QStringLiteral("f0")});
    EXPECT_EQ(b.feature(QStringLiteral("f0")).nameZh, QStringLiteral("A"));
    const auto pulledByA = a.store->pull(*a.project, &error);
    ASSERT_TRUE(pulledByA);
    EXPECT_EQ(*pulledByA, QStringList{QStringLiteral("f2")});
    EXPECT_EQ(a.feature(QStringLiteral("f2")), f2);
    // Pulled changes are not local edits: nothing to save.
    EXPECT_TRUE(a.store->save(*a.project).saved.isEmpty());
}

TEST_F(ConflictTest, PullLeavesLocalEditsAlone)
{
    const QString uri = publishSmallProject(2, QStringLiteral("pull"));
    Client a(uri), b(uri);
    ASSERT_TRUE(a.open() && b.open());
    a.rename(QStringLiteral("f0"), QStringLiteral("A"));
    ASSERT_TRUE(a.store->save(*a.project).ok());
    b.rename(QStringLiteral("f0"), QStringLiteral("B"));
    QString error;
    const auto pulled = b.store->pull(*b.project, &error);
    ASSERT_TRUE(pulled);
    EXPECT_TRUE(pulled->isEmpty());
    EXPECT_EQ(b.feature(QStringLiteral("f0")).nameZh, QStringLiteral("B"));
    EXPECT_EQ(b.store->save(*b.project).conflicts.size(), 1);
}

TEST_F(ConflictTest, DeleteAgainstEditAndSameIdAdded)
{
    const QString uri = publishSmallProject(3, QStringLiteral("delete"));
    Client a(uri), b(uri);
    ASSERT_TRUE(a.open() && b.open());
    a.project->undoStack()->push(new RemoveFeatureCommand(*a.project, QStringLiteral("f2")));
    b.rename(QStringLiteral("f2"), QStringLiteral("B"));
    ASSERT_TRUE(a.store->save(*a.project).ok());
    SaveResult result = b.store->save(*b.project);
    ASSERT_EQ(result.conflicts.size(), 1);
    EXPECT_TRUE(result.conflicts.first().mine.has_value());
    EXPECT_FALSE(result.conflicts.first().theirs.has_value());
    b.store->keepMine(result.conflicts.first());
    ASSERT_TRUE(b.store->save(*b.project).ok());
    Client check(uri);
    ASSERT_TRUE(check.open());
    EXPECT_EQ(check.feature(QStringLiteral("f2")).nameZh, QStringLiteral("B"));

    // Both add a feature with the same new id: the second is a conflict, not a silent replacement.
    PlanFeature added = a.feature(QStringLiteral("f0"));
    added.id = QStringLiteral("new");
    a.project->undoStack()->push(new AddFeatureCommand(*a.project, added));
    added.nameZh = QStringLiteral("B's new");
    b.project->undoStack()->push(new AddFeatureCommand(*b.project, added));
    ASSERT_TRUE(a.store->save(*a.project).ok());
    result = b.store->save(*b.project);
    ASSERT_EQ(result.conflicts.size(), 1);
    EXPECT_EQ(result.conflicts.first().id, QStringLiteral("new"));
    EXPECT_EQ(result.conflicts.first().theirs->nameZh, a.feature(QStringLiteral("new")).nameZh);
}

TEST_F(ConflictTest, SettingsChangedOnBothSidesAreNotOverwritten)
{
    const QString uri = publishSmallProject(1, QStringLiteral("settings"));
    Client a(uri), b(uri);
    ASSERT_TRUE(a.open() && b.open());
    a.project->setTitle(QStringLiteral("A"));
    b.project->setTitle(QStringLiteral("B"));
    ASSERT_TRUE(a.store->save(*a.project).ok());
    const SaveResult result = b.store->save(*b.project);
    EXPECT_TRUE(result.settingsConflict);
    Client check(uri);
    ASSERT_TRUE(check.open());
    EXPECT_EQ(check.project->title(), QStringLiteral("A"));
    ASSERT_TRUE(b.store->resolveSettings(*b.project, false).ok());
    EXPECT_EQ(b.project->title(), QStringLiteral("A"));
    EXPECT_TRUE(b.store->save(*b.project).ok());
}

} // namespace

namespace {

// B's edits come back from an autosave journal after B's app went away; meanwhile A saved f1. B's app loads the
// project afresh (A's f1 is now its base) and puts the journal's features back: saving must not overwrite A's
// f1 with the journal's, which was made against the version before A's.
TEST_F(ConflictTest, EditsRestoredFromAJournalAskBeforeOverwriting)
{
    const QString uri = publishSmallProject(3, QStringLiteral("journal"));
    Client a(uri), before(uri);
    ASSERT_TRUE(a.open());
    ASSERT_TRUE(before.open());
    before.rename(QStringLiteral("f1"), QString::fromUtf8("乙的名字"));
    const PlanFeature journalled = before.feature(QStringLiteral("f1"));
    a.rename(QStringLiteral("f1"), QString::fromUtf8("甲的名字"));
    ASSERT_TRUE(a.store->save(*a.project).ok());

    Client b(uri);
    ASSERT_TRUE(b.open());
    b.project->putFeature(journalled);   // as Autosave::restore gives it back
    b.store->distrustLocalChanges(*b.project);
    const SaveResult saved = b.store->save(*b.project);
    EXPECT_TRUE(saved.error.isEmpty()) << saved.error.toStdString();
    ASSERT_EQ(saved.conflicts.size(), 1);
    ASSERT_TRUE(saved.conflicts.first().mine && saved.conflicts.first().theirs);
    EXPECT_EQ(saved.conflicts.first().mine->nameZh, QString::fromUtf8("乙的名字"));
    EXPECT_EQ(saved.conflicts.first().theirs->nameZh, QString::fromUtf8("甲的名字"));
    Client check(uri);
    ASSERT_TRUE(check.open());
    EXPECT_EQ(check.feature(QStringLiteral("f1")).nameZh, QString::fromUtf8("甲的名字"));

    // Chosen knowingly, it is saved.
    b.store->keepMine(saved.conflicts.first());
    ASSERT_TRUE(b.store->save(*b.project).ok());
    Client after(uri);
    ASSERT_TRUE(after.open());
    EXPECT_EQ(after.feature(QStringLiteral("f1")).nameZh, QString::fromUtf8("乙的名字"));
}

} // namespace
