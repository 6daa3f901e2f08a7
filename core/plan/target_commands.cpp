// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/target_commands.h"

#include "plan/project.h"
#include "platform/platform.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace yc {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct TargetCommandText {
    Q_DECLARE_TR_FUNCTIONS(yc::TargetCommands)
};

} // namespace

RecordTargetValueCommand::RecordTargetValueCommand(Project &project, const QString &targetId, double value,
                                                   const QDate &date, const QString &note, QUndoCommand *parent)
    : QUndoCommand(parent), mProject(project), mTargetId(targetId)
{
    mEntry.value = value;
    mEntry.date = date;
    mEntry.note = note;
    mEntry.user = platform::userName();
    // Whole seconds: what the project file keeps, so a saved and reopened history compares equal.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    mEntry.recordedAt = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()),
                                  QTimeZone::utc());
    const Target *target = project.target(targetId);
    setText(TargetCommandText::tr("Record %1 for %2")
                .arg(QLocale().toString(value, 'g', 12), target ? target->phrase : targetId));
    setObsolete(!target || !std::isfinite(value));
}

void RecordTargetValueCommand::redo()
{
    if (isObsolete())   // QUndoStack::push runs redo() before it drops an obsolete command
        return;
    QList<TargetValue> history = mProject.targetValues().value(mTargetId);
    history.append(mEntry);
    mProject.setTargetValueHistory(mTargetId, history);
}

void RecordTargetValueCommand::undo()
{
    QList<TargetValue> history = mProject.targetValues().value(mTargetId);
    if (!history.isEmpty() && history.last() == mEntry) {
        history.removeLast();
        mProject.setTargetValueHistory(mTargetId, history);
    }
}

} // namespace yc
