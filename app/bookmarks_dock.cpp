// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookmarks_dock.h"

#include "geo/coordinate_transform.h"
#include "map_canvas.h"
#include "plan/project.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace yc {

BookmarksDock::BookmarksDock(MapCanvas *canvas, QWidget *parent)
    : QDockWidget(tr("Bookmarks"), parent), mCanvas(canvas), mList(new QListWidget(this))
{
    setObjectName(QStringLiteral("bookmarksDock"));
    mList->setObjectName(QStringLiteral("bookmarkList"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addBookmarkButton"));
    add->setToolTip(tr("Bookmark the current view"));
    auto *go = new QPushButton(tr("&Go to"), this);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(go);
    buttons->addWidget(removeButton);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mList, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(add, &QPushButton::clicked, this, &BookmarksDock::addFromDialog);
    connect(go, &QPushButton::clicked, this, [this]() { goTo(mList->currentRow()); });
    connect(removeButton, &QPushButton::clicked, this, [this]() { remove(mList->currentRow()); });
    connect(mList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { goTo(mList->row(item)); });
    connect(mList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!mUpdating)
            rename(mList->row(item), item->text());
    });
}

void BookmarksDock::setProject(Project *project)
{
    if (mProject)
        disconnect(mProject, nullptr, this, nullptr);
    mProject = project;
    if (mProject)
        connect(mProject, &Project::bookmarksChanged, this, &BookmarksDock::rebuild);
    rebuild();
}

void BookmarksDock::rebuild()
{
    mUpdating = true;
    const int current = mList->currentRow();
    mList->clear();
    if (mProject)
        for (const Bookmark &b : mProject->bookmarks()) {
            auto *item = new QListWidgetItem(b.name, mList);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            item->setToolTip(tr("%1: %2, %3 — %4, %5")
                                 .arg(b.crs.authId().isEmpty() ? b.crs.name() : b.crs.authId())
                                 .arg(b.extent.xMin, 0, 'f', 1).arg(b.extent.yMin, 0, 'f', 1)
                                 .arg(b.extent.xMax, 0, 'f', 1).arg(b.extent.yMax, 0, 'f', 1));
        }
    mList->setCurrentRow(std::min(current, mList->count() - 1));
    mUpdating = false;
}

void BookmarksDock::push(const QList<Bookmark> &bookmarks, const QString &text)
{
    if (mProject && bookmarks != mProject->bookmarks())
        mProject->undoStack()->push(new SetBookmarksCommand(*mProject, bookmarks, text));
}

void BookmarksDock::addBookmark(const QString &name)
{
    const QString trimmed = name.trimmed();
    const Envelope view = mCanvas->visibleExtent();
    if (!mProject || trimmed.isEmpty() || view.isEmpty())
        return;
    QList<Bookmark> bookmarks = mProject->bookmarks();
    const Bookmark mark{trimmed, view, mCanvas->crs()};
    const auto same =
        std::find_if(bookmarks.begin(), bookmarks.end(), [&](const Bookmark &b) { return b.name == trimmed; });
    if (same != bookmarks.end())
        *same = mark;
    else
        bookmarks.append(mark);
    push(bookmarks, tr("Add bookmark %1").arg(trimmed));
}

void BookmarksDock::addFromDialog()
{
    if (!mProject)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New bookmark"), tr("Name of the current view:"),
                                               QLineEdit::Normal,
                                               tr("Bookmark %1").arg(mProject->bookmarks().size() + 1), &ok);
    if (ok)
        addBookmark(name);
}

void BookmarksDock::goTo(int index)
{
    if (!mProject || index < 0 || index >= mProject->bookmarks().size())
        return;
    const Bookmark &b = mProject->bookmarks().at(index);
    Envelope extent = b.extent;
    if (!(b.crs == mCanvas->crs())) {
        const CoordinateTransform t(b.crs, mCanvas->crs());
        extent = t.isValid() ? t.apply(b.extent) : Envelope();
    }
    mCanvas->setExtent(extent);
}

void BookmarksDock::rename(int index, const QString &name)
{
    if (!mProject || index < 0 || index >= mProject->bookmarks().size() || name.trimmed().isEmpty()) {
        rebuild();
        return;
    }
    QList<Bookmark> bookmarks = mProject->bookmarks();
    const QString old = bookmarks.at(index).name;
    bookmarks[index].name = name.trimmed();
    push(bookmarks, tr("Rename bookmark %1").arg(old));
}

void BookmarksDock::remove(int index)
{
    if (!mProject || index < 0 || index >= mProject->bookmarks().size())
        return;
    QList<Bookmark> bookmarks = mProject->bookmarks();
    const QString name = bookmarks.takeAt(index).name;
    push(bookmarks, tr("Remove bookmark %1").arg(name));
}

} // namespace yc
