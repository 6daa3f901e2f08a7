// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plan_commands.h"

#include "plan/project.h"
#include "platform/platform.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace yc {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct CommandText {
    Q_DECLARE_TR_FUNCTIONS(yc::PlanCommands)
};

QString nameOf(const Project &project, const QString &featureId)
{
    const PlanFeature *f = project.feature(featureId);
    return f ? f->nameZh : featureId;
}

void setLinks(Project &project, const QString &featureId, const QStringList &sentenceIds)
{
    if (const PlanFeature *f = project.feature(featureId)) {
        PlanFeature changed = *f;
        changed.sentenceIds = sentenceIds;
        project.putFeature(changed);
    }
}

} // namespace

ChangeStatusCommand::ChangeStatusCommand(Project &project, const QString &featureId, Status status,
                                         const QDate &date, const QString &note, QUndoCommand *parent)
    : QUndoCommand(parent), mProject(project), mFeatureId(featureId)
{
    mChange.status = status;
    mChange.date = date;
    mChange.note = note;
    mChange.user = platform::userName();
    // Whole seconds: what the project file keeps, so a saved and reopened history compares equal.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    mChange.recordedAt = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()),
                                   QTimeZone::utc());
    setText(CommandText::tr("Set status of %1 to %2").arg(nameOf(project, featureId), displayName(status)));
    setObsolete(!project.feature(featureId));
}

void ChangeStatusCommand::redo()
{
    if (isObsolete())   // QUndoStack::push runs redo() before it drops an obsolete command
        return;
    if (const PlanFeature *f = mProject.feature(mFeatureId)) {
        PlanFeature changed = *f;
        changed.history.append(mChange);
        mProject.putFeature(changed);
    }
}

void ChangeStatusCommand::undo()
{
    const PlanFeature *f = mProject.feature(mFeatureId);
    if (f && !f->history.isEmpty() && f->history.last() == mChange) {
        PlanFeature changed = *f;
        changed.history.removeLast();
        mProject.putFeature(changed);
    }
}

LinkSentenceCommand::LinkSentenceCommand(Project &project, const QString &featureId, const QString &sentenceId,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), mProject(project), mFeatureId(featureId), mSentenceId(sentenceId)
{
    const PlanFeature *f = project.feature(featureId);
    if (f)
        mBefore = f->sentenceIds;
    setText(CommandText::tr("Link %1 to sentence %2").arg(nameOf(project, featureId), sentenceId));
    setObsolete(!f || f->sentenceIds.contains(sentenceId));
}

void LinkSentenceCommand::redo()
{
    if (isObsolete())   // QUndoStack::push runs redo() before it drops an obsolete command
        return;
    QStringList after = mBefore;
    after.append(mSentenceId);
    setLinks(mProject, mFeatureId, after);
}

void LinkSentenceCommand::undo() { setLinks(mProject, mFeatureId, mBefore); }

UnlinkSentenceCommand::UnlinkSentenceCommand(Project &project, const QString &featureId, const QString &sentenceId,
                                             QUndoCommand *parent)
    : QUndoCommand(parent), mProject(project), mFeatureId(featureId), mSentenceId(sentenceId)
{
    const PlanFeature *f = project.feature(featureId);
    if (f)
        mBefore = f->sentenceIds;
    setText(CommandText::tr("Unlink %1 from sentence %2").arg(nameOf(project, featureId), sentenceId));
    setObsolete(!f || !f->sentenceIds.contains(sentenceId));
}

void UnlinkSentenceCommand::redo()
{
    if (isObsolete())   // QUndoStack::push runs redo() before it drops an obsolete command
        return;
    QStringList after = mBefore;
    after.removeAll(mSentenceId);
    setLinks(mProject, mFeatureId, after);
}

void UnlinkSentenceCommand::undo() { setLinks(mProject, mFeatureId, mBefore); }

AddFeatureCommand::AddFeatureCommand(Project &project, const PlanFeature &feature, QUndoCommand *parent)
    : QUndoCommand(parent), mProject(project), mFeature(feature)
{
    setText(CommandText::tr("Add %1").arg(feature.nameZh.isEmpty() ? feature.id : feature.nameZh));
    setObsolete(feature.id.isEmpty() || project.feature(feature.id));
}

void AddFeatureCommand::redo()
{
    if (!isObsolete())
        mProject.putFeature(mFeature);
}

void AddFeatureCommand::undo() { mProject.removeFeature(mFeature.id); }

RemoveFeatureCommand::RemoveFeatureCommand(Project &project, const QString &featureId, QUndoCommand *parent)
    : QUndoCommand(parent), mProject(project)
{
    const QList<PlanFeature> &features = project.features();
    for (qsizetype i = 0; i < features.size(); ++i)
        if (features.at(i).id == featureId) {
            mFeature = features.at(i);
            mIndex = i;
        }
    setText(CommandText::tr("Remove %1").arg(nameOf(project, featureId)));
    setObsolete(mIndex < 0);
}

void RemoveFeatureCommand::redo()
{
    if (!isObsolete())
        mProject.removeFeature(mFeature.id);
}

void RemoveFeatureCommand::undo()
{
    if (mProject.feature(mFeature.id))
        return;
    if (mIndex >= mProject.features().size()) {
        mProject.putFeature(mFeature);
        return;
    }
    // Back to its old place, so undo restores the project exactly (order shows in lists and drawing).
    QList<PlanFeature> features = mProject.features();
    features.insert(mIndex, mFeature);
    mProject.setFeatures(features);
}

QString uniqueFeatureId(const Project &project, const QString &base)
{
    const QString stem = base.isEmpty() ? QStringLiteral("feature") : base;
    QString id = stem;
    for (int n = 2; project.feature(id); ++n)
        id = QStringLiteral("%1_%2").arg(stem).arg(n);
    return id;
}

} // namespace yc
