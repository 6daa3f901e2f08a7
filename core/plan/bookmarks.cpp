// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/bookmarks.h"

#include "plan/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yc {

QString bookmarksToJson(const QList<Bookmark> &bookmarks)
{
    QJsonArray a;
    for (const Bookmark &b : bookmarks)
        a.append(QJsonObject{{QStringLiteral("name"), b.name},
                             {QStringLiteral("crs"), b.crs.definition()},
                             {QStringLiteral("extent"), QJsonArray{b.extent.xMin, b.extent.yMin, b.extent.xMax,
                                                                   b.extent.yMax}}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<Bookmark> bookmarksFromJson(const QString &json)
{
    QList<Bookmark> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        const QJsonArray e = o.value(QLatin1String("extent")).toArray();
        Bookmark b;
        b.name = o.value(QLatin1String("name")).toString().trimmed();
        b.crs = Crs::fromUserInput(o.value(QLatin1String("crs")).toString());
        if (e.size() == 4)
            b.extent = Envelope::of(e.at(0).toDouble(), e.at(1).toDouble(), e.at(2).toDouble(), e.at(3).toDouble());
        if (!b.name.isEmpty() && !b.extent.isEmpty() && !b.crs.isEmpty() && b.crs.isValid())
            out.append(b);
    }
    return out;
}

SetBookmarksCommand::SetBookmarksCommand(Project &project, QList<Bookmark> bookmarks, const QString &text,
                                         QUndoCommand *parent)
    : QUndoCommand(text, parent), mProject(project), mBefore(project.bookmarks()), mAfter(std::move(bookmarks))
{
}

void SetBookmarksCommand::redo()
{
    mProject.setBookmarks(mAfter);
}

void SetBookmarksCommand::undo()
{
    mProject.setBookmarks(mBefore);
}

} // namespace yc
