// SPDX-License-Identifier: GPL-3.0-or-later
#include "cursor_coordinates.h"

#include "map_canvas.h"
#include "plan/project.h"

#include <QMouseEvent>

namespace yc {

CursorCoordinates::CursorCoordinates(MapCanvas *canvas, QWidget *parent) : QLabel(parent), mCanvas(canvas)
{
    setObjectName(QStringLiteral("cursorCoordinates"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    canvas->setMouseTracking(true);
    canvas->installEventFilter(this);
}

bool CursorCoordinates::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mCanvas && event->type() == QEvent::MouseMove)
        showPosition(static_cast<QMouseEvent *>(event)->position());
    else if (watched == mCanvas && event->type() == QEvent::Leave)
        clear();
    return false;
}

void CursorCoordinates::showPosition(QPointF widgetPos)
{
    if (mCanvas->unitsPerPixel() <= 0) {
        clear();
        return;
    }
    if (!mToLonLat || !(mCrs == mCanvas->crs())) {
        mCrs = mCanvas->crs();
        mToLonLat = std::make_unique<CoordinateTransform>(mCrs, Project::storageCrs());
    }
    const QPointF map = mCanvas->toMap(widgetPos);
    const std::optional<QPointF> lonLat = mToLonLat->isValid() ? mToLonLat->apply(map) : std::nullopt;
    const QString id = mCrs.authId().isEmpty() ? tr("map") : mCrs.authId();
    const int decimals = mCrs.isGeographic() ? 6 : 1;
    const QString inMap = tr("%1: %2, %3").arg(id).arg(map.x(), 0, 'f', decimals).arg(map.y(), 0, 'f', decimals);
    setText(lonLat ? tr("Lon %1° Lat %2° · %3").arg(lonLat->x(), 0, 'f', 6).arg(lonLat->y(), 0, 'f', 6).arg(inMap)
                   : inMap);
}

} // namespace yc
