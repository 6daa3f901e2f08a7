// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <optional>

namespace yc {

/// What an annotation draws between its two points `a` and `b`.
enum class AnnotationKind {
    Text,       ///< free text with its top-left corner at `a` (`b` unused)
    Callout,    ///< a text box with its top-left corner at `b` and a leader line to the anchor `a`
    Arrow,      ///< a line from `a` with an arrow head at `b`
    Rectangle,  ///< the box with opposite corners `a` and `b`, optional text in its middle
    Ellipse,    ///< the ellipse inside that box, optional text in its middle
};
/// Where an annotation lives: on the map (points in EPSG:4490 lon/lat, like plan features) or on the page of
/// a print layout (points in millimetres from the sheet's top-left corner).
enum class AnnotationPlacement { Map, Page };

QString toKey(AnnotationKind kind);   ///< "text", "callout", "arrow", "rectangle", "ellipse"
std::optional<AnnotationKind> annotationKindFromKey(const QString &key);
QString toKey(AnnotationPlacement placement);   ///< "map", "page"
std::optional<AnnotationPlacement> annotationPlacementFromKey(const QString &key);
QString displayName(AnnotationKind kind);   ///< translated, for menus and undo texts

/// One drawn note: text, callout, arrow, rectangle or ellipse. Sizes are in points (1/72 inch) so that an
/// annotation looks the same on screen and on paper.
struct Annotation {
    QString id;
    AnnotationKind kind = AnnotationKind::Text;
    AnnotationPlacement placement = AnnotationPlacement::Map;
    QString layout;                  ///< page annotations: the layout template they belong to ("" = default)
    QPointF a;
    QPointF b;
    QString text;                    ///< may hold line breaks
    QColor textColor{20, 20, 20};
    QColor lineColor{200, 40, 40};
    QColor fillColor{255, 255, 255, 230};   ///< text boxes and shapes; alpha 0 = no fill
    double fontSize = 10;            ///< points
    double lineWidth = 1;            ///< points
    bool operator==(const Annotation &) const = default;

    bool hasText() const { return kind == AnnotationKind::Text || kind == AnnotationKind::Callout || !text.isEmpty(); }
};

/// The annotations of a project, in drawing order (first drawn first). Low-level mutators for the undo
/// commands (annotation_commands.h) and loading; every change emits `changed`. Lives on the GUI thread.
class Annotations : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    const QList<Annotation> &list() const { return mList; }
    const Annotation *find(const QString &id) const;
    qsizetype indexOf(const QString &id) const;
    void setAll(QList<Annotation> list);
    /// Replaces the annotation with `a.id`, or inserts it at `index` (appends when out of range).
    void put(const Annotation &a, qsizetype index = -1);
    void remove(const QString &id);
    /// The map annotations, and the page annotations of layout template `layout`.
    QList<Annotation> onMap() const;
    QList<Annotation> onPage(const QString &layout) const;

Q_SIGNALS:
    void changed();

private:
    QList<Annotation> mList;
};

} // namespace yc
