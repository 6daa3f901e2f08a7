// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/coordinate_transform.h"

#include <QLabel>

#include <memory>

namespace yc {

class MapCanvas;

/// A status bar label with the map coordinates under the mouse: longitude/latitude (CGCS2000) and the map CRS.
class CursorCoordinates : public QLabel {
    Q_OBJECT
public:
    CursorCoordinates(MapCanvas *canvas, QWidget *parent = nullptr);
    /// Shows the coordinates of a widget position on the canvas.
    void showPosition(QPointF widgetPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MapCanvas *mCanvas;
    Crs mCrs;                                        ///< the canvas CRS mToLonLat was made for
    std::unique_ptr<CoordinateTransform> mToLonLat;
};

} // namespace yc
