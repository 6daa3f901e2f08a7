// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QPen>

#include <memory>
#include <mutex>

class QPainter;

namespace yc {

/// Labels and point markers drawn once into small premultiplied images, then copied on every render that
/// needs them again: stroking a halo around glyph outlines costs far more than copying its pixels, and a
/// pan or zoom of the canvas shows the same labels and markers at other places. For raster output only
/// (a PDF keeps real text and vector symbols): see `usableOn`.
///
/// Entries are keyed by everything that makes their pixels (text, font, colours, sizes in device pixels),
/// so a changed style or device pixel ratio simply gets new sprites; the cache is emptied when it grows
/// past a budget. Thread-safe; one is shared by the renders of a canvas.
class SpriteCache {
public:
    /// A label's text with its halo. The text's baseline origin sits at `origin`, a whole pixel, in `image`.
    struct Label {
        QImage image;
        QPoint origin;
        double advance = 0;   ///< width of the text (as QFontMetricsF::horizontalAdvance)
        double ascent = 0;
        double descent = 0;
    };

    /// Whether copying sprites gives the picture drawing would on this painter (stampsAtWholePixels).
    static bool usableOn(const QPainter &painter);

    /// The sprite of `text` in `font` and `color` over a halo of `halo` colour, `haloWidth` pixels wide.
    std::shared_ptr<const Label> label(const QString &text, const QFont &font, const QColor &color,
                                       const QColor &halo, double haloWidth);

    /// Draws `marker` (a path centred on the origin) with `pen` and `brush` centred on `center`: a copy of
    /// the marker drawn at the nearest quarter-pixel offset. `key` names the marker's shape and size.
    void drawMarker(QPainter &painter, QPointF center, const QString &key, const QPainterPath &marker,
                    const QPen &pen, const QBrush &brush);

    /// Draws a label sprite with its baseline origin at `baseline` (rounded to a whole pixel): the pixels
    /// drawHaloText gives there.
    static void drawLabel(QPainter &painter, const Label &label, QPointF baseline);

    int size() const;

private:
    void makeRoom();   ///< call with mMutex held

    static constexpr int kMaxEntries = 4096;
    static constexpr int kSteps = 4;   ///< marker sub-pixel offsets per pixel, in each direction

    mutable std::mutex mMutex;
    QHash<QString, std::shared_ptr<const Label>> mLabels;
    QHash<QString, QImage> mMarkers;
};

} // namespace yc
