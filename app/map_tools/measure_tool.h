// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/geodesic.h"
#include "map_tools/map_tool.h"

#include <QPolygonF>

#include <optional>

namespace yc {

/// Measures on the ellipsoid (CGCS2000), whatever the map CRS: click to add points, move to see the next
/// segment, double-click or right-click to finish, Backspace drops the last point, Escape starts over.
/// Distance mode sums the geodesic segments; area mode gives the geodesic area and perimeter of the ring.
class MeasureTool : public MapTool {
    Q_OBJECT
public:
    enum class Mode { Distance, Area };
    MeasureTool(MapToolContext &context, Mode mode, QObject *parent = nullptr);

    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivate() override;

    Mode mode() const { return mMode; }
    /// Adds a point given in canvas map coordinates (what a click does), and finishes the measurement.
    void addPoint(QPointF mapPoint);
    void finish();
    /// Metres along the points (distance mode) or the ring's perimeter (area mode), and square metres.
    double length() const;
    double area() const;
    /// The result as shown: "1.234 km" or "2.35 km² (235 ha) · perimeter 6.1 km".
    QString readout() const;
    static QString formatLength(double metres);
    static QString formatArea(double squareMetres);

Q_SIGNALS:
    /// The readout changed (a point was added or the measurement finished).
    void measured(const QString &readout);

private:
    QPolygonF lonLat(bool withHover) const;
    void announce();

    Mode mMode;
    Geodesic mGeodesic;
    QPolygonF mPoints;          ///< canvas map coordinates
    std::optional<QPointF> mHover;
    bool mFinished = false;
};

} // namespace yc
