// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/annotation_renderer.h"

#include "geo/coordinate_transform.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace yc {

namespace {

bool hasFill(const QColor &c) { return c.isValid() && c.alpha() > 0; }

/// The point of `box`'s outline nearest to `from`, where a leader line ends.
QPointF nearestOnBox(const QRectF &box, QPointF from)
{
    return {std::clamp(from.x(), box.left(), box.right()), std::clamp(from.y(), box.top(), box.bottom())};
}

QFont annotationFont(const QString &family, double pixels)
{
    QFont f = family.isEmpty() ? QFont() : QFont(family);
    // Outlines keep the text embeddable in PDFs; a pixel size makes it independent of the device's own dpi.
    f.setStyleStrategy(QFont::PreferOutline);
    f.setPixelSize(std::max(1, int(std::lround(pixels))));
    return f;
}

} // namespace

AnnotationRenderer::AnnotationRenderer(double dpi, QString fontFamily) : mDpi(dpi), mFamily(std::move(fontFamily)) {}

QRectF AnnotationRenderer::textBox(const Annotation &an, QPointF a, QPointF b) const
{
    const QFontMetricsF fm(annotationFont(mFamily, an.fontSize * pixelsPerPoint()));
    const QString text = an.text.isEmpty() ? QStringLiteral(" ") : an.text;
    const QRectF size = fm.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignLeft | Qt::AlignTop, text);
    const double pad = an.kind == AnnotationKind::Callout ? an.fontSize * pixelsPerPoint() * 0.35 : 0;
    switch (an.kind) {
    case AnnotationKind::Text:
        return QRectF(a, size.size()).adjusted(0, 0, 2 * pad, 2 * pad);
    case AnnotationKind::Callout:
        return QRectF(b, size.size()).adjusted(0, 0, 2 * pad, 2 * pad);
    default: {
        const QPointF c = QRectF(a, b).center();
        return QRectF(c - QPointF(size.width() / 2, size.height() / 2), size.size());
    }
    }
}

void AnnotationRenderer::draw(QPainter &p, const Annotation &an, QPointF a, QPointF b) const
{
    const double ppt = pixelsPerPoint();
    QPen line(an.lineColor, std::max(0.5, an.lineWidth * ppt), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    switch (an.kind) {
    case AnnotationKind::Text:
        break;
    case AnnotationKind::Callout: {
        const QRectF box = textBox(an, a, b);
        p.setPen(line);
        if (!box.contains(a))
            p.drawLine(a, nearestOnBox(box, a));
        p.setBrush(an.lineColor);
        p.drawEllipse(a, 1.6 * ppt, 1.6 * ppt);
        p.setBrush(hasFill(an.fillColor) ? QBrush(an.fillColor) : QBrush(Qt::NoBrush));
        p.drawRect(box);
        break;
    }
    case AnnotationKind::Arrow: {
        p.setPen(line);
        const QLineF shaft(a, b);
        if (shaft.length() < 0.5)
            break;
        const double head = std::max(6.0 * ppt, line.widthF() * 4);
        const QLineF back = QLineF(b, a).unitVector();
        const QPointF dir = (back.p2() - back.p1());
        const QPointF normal(-dir.y(), dir.x());
        const QPointF baseCentre = b + dir * head;
        p.drawLine(a, shaft.length() > head ? baseCentre : b);
        QPolygonF tip{b, baseCentre + normal * head * 0.4, baseCentre - normal * head * 0.4};
        p.setPen(QPen(an.lineColor, line.widthF() * 0.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(an.lineColor);
        p.drawPolygon(tip);
        break;
    }
    case AnnotationKind::Rectangle:
    case AnnotationKind::Ellipse: {
        p.setPen(line);
        p.setBrush(hasFill(an.fillColor) ? QBrush(an.fillColor) : QBrush(Qt::NoBrush));
        const QRectF r = QRectF(a, b).normalized();
        if (an.kind == AnnotationKind::Rectangle)
            p.drawRect(r);
        else
            p.drawEllipse(r);
        break;
    }
    }
    if (!an.text.isEmpty()) {
        const QRectF box = textBox(an, a, b);
        const double pad = an.kind == AnnotationKind::Callout ? an.fontSize * ppt * 0.35 : 0;
        p.setFont(annotationFont(mFamily, an.fontSize * ppt));
        p.setPen(an.textColor);
        const Qt::Alignment align = an.kind == AnnotationKind::Rectangle || an.kind == AnnotationKind::Ellipse
            ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignTop;
        p.drawText(box.adjusted(pad, pad, -pad, -pad), int(align), an.text);
    }
    p.restore();
}

QRectF AnnotationRenderer::bounds(const Annotation &an, QPointF a, QPointF b) const
{
    const double grow = std::max(3.0, an.lineWidth * pixelsPerPoint());
    QRectF r;
    switch (an.kind) {
    case AnnotationKind::Text: r = textBox(an, a, b); break;
    case AnnotationKind::Callout: r = textBox(an, a, b).united(QRectF(a, QSizeF(0, 0))); break;
    default:
        r = QRectF(a, b).normalized();
        if (!an.text.isEmpty())
            r = r.united(textBox(an, a, b));
        break;
    }
    return r.adjusted(-grow, -grow, grow, grow);
}

void AnnotationRenderer::drawOnMap(QPainter &p, const MapSettings &settings, const QList<Annotation> &annotations) const
{
    const MapToPixel m2p(settings);
    const CoordinateTransform toMap(Crs::cgcs2000(), settings.crs);
    for (const Annotation &an : annotations) {
        if (an.placement != AnnotationPlacement::Map)
            continue;
        if (const auto pixels = mapAnnotationPixels(an, toMap, m2p))
            draw(p, an, pixels->first, pixels->second);
    }
}

void AnnotationRenderer::drawOnPage(QPainter &p, const QList<Annotation> &annotations) const
{
    const double k = pixelsPerMm();
    for (const Annotation &an : annotations)
        if (an.placement == AnnotationPlacement::Page)
            draw(p, an, an.a * k, an.b * k);
}

std::optional<std::pair<QPointF, QPointF>> mapAnnotationPixels(const Annotation &an,
                                                               const CoordinateTransform &toMapCrs,
                                                               const MapToPixel &m2p)
{
    if (!toMapCrs.isValid())
        return std::nullopt;
    const auto a = toMapCrs.apply(an.a);
    const auto b = an.kind == AnnotationKind::Text ? a : toMapCrs.apply(an.b);
    if (!a || !b)
        return std::nullopt;
    return std::make_pair(m2p.toPixel(*a), m2p.toPixel(*b));
}

} // namespace yc
