// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/envelope.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

namespace yc {

class Project;

/// A named view of the map: an extent in the CRS it was taken in (the map CRS may change later).
struct Bookmark {
    QString name;
    Envelope extent;
    Crs crs;
    bool operator==(const Bookmark &o) const
    {
        return name == o.name && crs == o.crs && extent.xMin == o.extent.xMin && extent.yMin == o.extent.yMin
               && extent.xMax == o.extent.xMax && extent.yMax == o.extent.yMax;
    }
};

/// The project's bookmarks as JSON text (kept in the project's settings table, row "bookmarks"), and back.
/// Entries that cannot be read (no name, empty extent, unknown CRS) are skipped.
QString bookmarksToJson(const QList<Bookmark> &bookmarks);
QList<Bookmark> bookmarksFromJson(const QString &json);

/// Replaces the project's bookmark list (add, rename, remove) as one undo step.
class SetBookmarksCommand : public QUndoCommand {
public:
    SetBookmarksCommand(Project &project, QList<Bookmark> bookmarks, const QString &text,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Project &mProject;
    QList<Bookmark> mBefore;
    QList<Bookmark> mAfter;
};

} // namespace yc
