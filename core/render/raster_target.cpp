// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/raster_target.h"

#include <QImage>
#include <QPainter>
#include <QRegion>
#include <QTransform>

namespace yc {

namespace {

// Whether the painter's clip leaves all of `image` in: none, or one rectangle around the whole image.
bool clipKeepsAll(const QPainter &painter, const QImage &image)
{
    if (!painter.hasClipping())
        return true;
    const QRectF all(image.rect().translated(0, firstRow(image)));   // in the painter's coordinates
    // The bounding rectangle is exact for a rectangle; a region of one rectangle tells it is one.
    return painter.clipBoundingRect().contains(all) && painter.clipRegion().rectCount() == 1;
}

} // namespace

QImage *directRasterTarget(const QPainter &painter)
{
    QPaintDevice *device = painter.device();
    if (!device || device->devType() != QInternal::Image)
        return nullptr;
    auto *image = static_cast<QImage *>(device);
    const bool direct = (image->format() == QImage::Format_ARGB32_Premultiplied
                         || image->format() == QImage::Format_RGB32)
                        && image->devicePixelRatio() == 1.0 && image->offset().x() == 0
                        && painter.deviceTransform() == QTransform::fromTranslate(0, -firstRow(*image))
                        && painter.compositionMode() == QPainter::CompositionMode_SourceOver
                        && painter.testRenderHint(QPainter::Antialiasing) && clipKeepsAll(painter, *image);
    return direct ? image : nullptr;
}

int firstRow(const QImage &image)
{
    return image.offset().y();
}

bool stampsAtWholePixels(const QPainter &painter)
{
    QPaintDevice *device = painter.device();
    return device && device->devType() == QInternal::Image && painter.opacity() >= 1.0
           && painter.deviceTransform() == QTransform::fromTranslate(0, -firstRow(*static_cast<QImage *>(device)));
}

} // namespace yc
