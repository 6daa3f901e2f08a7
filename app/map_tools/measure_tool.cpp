// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/measure_tool.h"

#include "geo/coordinate_transform.h"
#include "map_canvas.h"
#include "plan/project.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace yc {

MeasureTool::MeasureTool(MapToolContext &context, Mode mode, QObject *parent) : MapTool(context, parent), mMode(mode)
{
}

QString MeasureTool::formatLength(double metres)
{
    const QLocale locale;
    if (metres < 1000)
        return tr("%1 m").arg(locale.toString(metres, 'f', 1));
    return tr("%1 km").arg(locale.toString(metres / 1000, 'f', 3));
}

QString MeasureTool::formatArea(double squareMetres)
{
    const QLocale locale;
    if (squareMetres < 1e5)
        return tr("%1 m²").arg(locale.toString(squareMetres, 'f', 0));
    return tr("%1 km² (%2 ha)")
        .arg(locale.toString(squareMetres / 1e6, 'f', 3), locale.toString(squareMetres / 1e4, 'f', 1));
}

QPolygonF MeasureTool::lonLat(bool withHover) const
{
    QPolygonF points = mPoints;
    if (withHover && mHover && !mFinished)
        points << *mHover;
    // One transform per call: measurements have a handful of points.
    const CoordinateTransform toLonLat(mContext.canvas->crs(), Project::storageCrs());
    QPolygonF out;
    for (const QPointF &p : points)
        if (const std::optional<QPointF> ll = toLonLat.isValid() ? toLonLat.apply(p) : std::nullopt)
            out << *ll;
    return out;
}

double MeasureTool::length() const
{
    const QPolygonF ll = lonLat(true);
    return mMode == Mode::Area ? (ll.size() > 1 ? mGeodesic.perimeter(ll) : 0) : mGeodesic.length(ll);
}

double MeasureTool::area() const
{
    const QPolygonF ll = lonLat(true);
    return ll.size() > 2 ? mGeodesic.area(ll) : 0;
}

QString MeasureTool::readout() const
{
    if (mPoints.isEmpty())
        return {};
    if (mMode == Mode::Distance)
        return tr("Distance %1").arg(formatLength(length()));
    return tr("Area %1 · perimeter %2").arg(formatArea(area()), formatLength(length()));
}

void MeasureTool::announce()
{
    mContext.canvas->update();
    const QString text = readout();
    Q_EMIT measured(text);
    Q_EMIT message(text);
}

void MeasureTool::addPoint(QPointF mapPoint)
{
    if (mFinished) {
        mPoints.clear();
        mFinished = false;
    }
    mPoints << mapPoint;
    announce();
}

void MeasureTool::finish()
{
    if (mPoints.isEmpty())
        return;
    mFinished = true;
    mHover.reset();
    announce();
}

bool MeasureTool::mousePress(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        finish();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    addPoint(mContext.canvas->toMap(event->position()));
    return true;
}

bool MeasureTool::mouseMove(QMouseEvent *event)
{
    if (mPoints.isEmpty() || mFinished)
        return false;
    mHover = mContext.canvas->toMap(event->position());
    mContext.canvas->update();
    return false;   // the cursor coordinates keep following
}

bool MeasureTool::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    // The double-click's first press already added its point.
    finish();
    return true;
}

bool MeasureTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !mPoints.isEmpty()) {
        deactivate();
        Q_EMIT measured(QString());
        return true;
    }
    if (event->key() == Qt::Key_Backspace && !mPoints.isEmpty() && !mFinished) {
        mPoints.removeLast();
        announce();
        return true;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !mPoints.isEmpty()) {
        finish();
        return true;
    }
    return false;
}

void MeasureTool::deactivate()
{
    mPoints.clear();
    mHover.reset();
    mFinished = false;
    mContext.canvas->update();
}

void MeasureTool::paint(QPainter &painter)
{
    if (mPoints.isEmpty())
        return;
    QPolygonF pixels;
    for (const QPointF &p : std::as_const(mPoints))
        pixels << mContext.canvas->toWidget(p);
    if (mHover && !mFinished)
        pixels << mContext.canvas->toWidget(*mHover);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor band(220, 40, 40);
    if (mMode == Mode::Area && pixels.size() > 2) {
        painter.setPen(QPen(band, 2));
        painter.setBrush(QColor(220, 40, 40, 50));
        painter.drawPolygon(pixels);
    } else {
        painter.setPen(QPen(band, 2));
        painter.drawPolyline(pixels);
    }
    painter.setBrush(Qt::white);
    painter.setPen(QPen(band, 1.5));
    for (const QPointF &p : std::as_const(mPoints))
        painter.drawEllipse(mContext.canvas->toWidget(p), 3.5, 3.5);
    // The readout next to the last point, on a white box.
    const QString text = readout();
    const QFontMetrics fm(painter.font());
    QRectF box(pixels.last() + QPointF(12, 10), QSizeF(fm.horizontalAdvance(text) + 12, fm.height() + 6));
    box.moveRight(std::min(box.right(), double(mContext.canvas->width() - 4)));
    box.moveBottom(std::min(box.bottom(), double(mContext.canvas->height() - 4)));
    painter.setPen(QPen(QColor(90, 90, 90), 1));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(Qt::black);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace yc
