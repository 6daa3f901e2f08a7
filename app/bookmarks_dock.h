// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/bookmarks.h"

#include <QDockWidget>
#include <QPointer>

class QListWidget;
class QListWidgetItem;

namespace yc {

class MapCanvas;
class Project;

/// The project's bookmarks: "Add" names the current view, a double-click (or "Go to") shows a bookmark
/// again — in whatever CRS the map has now — and the names can be edited in place or removed. Every change
/// is an undoable SetBookmarksCommand; the bookmarks are saved with the project.
class BookmarksDock : public QDockWidget {
    Q_OBJECT
public:
    BookmarksDock(MapCanvas *canvas, QWidget *parent = nullptr);
    void setProject(Project *project);
    QListWidget *list() const { return mList; }

    /// The edits the buttons make, callable directly.
    void addBookmark(const QString &name);   ///< the current view; an existing name is replaced
    void goTo(int index);
    void rename(int index, const QString &name);
    void remove(int index);
    /// Asks for a name (prefilled) and adds the current view.
    void addFromDialog();

private:
    void rebuild();
    void push(const QList<Bookmark> &bookmarks, const QString &text);

    MapCanvas *mCanvas;
    QPointer<Project> mProject;
    QListWidget *mList;
    bool mUpdating = false;
};

} // namespace yc
