// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/sprite_cache.h"

#include "render/label_drawing.h"
#include "render/raster_target.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <cmath>

namespace yc {

namespace {

QString colorKey(const QColor &c)
{
    return QString::number(c.rgba(), 16);
}

} // namespace

bool SpriteCache::usableOn(const QPainter &painter)
{
    return stampsAtWholePixels(painter);
}

std::shared_ptr<const SpriteCache::Label> SpriteCache::label(const QString &text, const QFont &font,
                                                             const QColor &color, const QColor &halo,
                                                             double haloWidth)
{
    const QString key = text + QLatin1Char('\x1f') + font.key() + QLatin1Char('|') + colorKey(color)
                        + QLatin1Char('|') + colorKey(halo) + QLatin1Char('|') + QString::number(haloWidth);
    {
        const std::lock_guard<std::mutex> lock(mMutex);
        if (const auto it = mLabels.constFind(key); it != mLabels.cend())
            return *it;
    }
    // Drawn outside the lock: two threads may draw the same label once each, which is harmless.
    auto sprite = std::make_shared<Label>();
    const QFontMetricsF fm(font);
    sprite->advance = fm.horizontalAdvance(text);
    sprite->ascent = fm.ascent();
    sprite->descent = fm.descent();
    const int margin = int(std::ceil(haloWidth / 2)) + 2;
    // Glyphs may reach beyond their advance (italic overhangs, side bearings): leave room for them too.
    const QRectF ink = fm.boundingRect(text);
    const int left = int(std::floor(std::min(0.0, ink.left())));
    const int right = int(std::ceil(std::max(sprite->advance, ink.right())));
    const int above = int(std::ceil(std::max(sprite->ascent, -ink.top())));
    const int below = int(std::ceil(std::max(sprite->descent, ink.bottom())));
    sprite->origin = QPoint(margin - left, margin + above);
    sprite->image = QImage(right - left + 2 * margin, above + below + 2 * margin, QImage::Format_ARGB32_Premultiplied);
    sprite->image.fill(Qt::transparent);
    {
        QPainter p(&sprite->image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        drawHaloText(p, sprite->origin, text, font, color, halo, haloWidth);
    }
    const std::lock_guard<std::mutex> lock(mMutex);
    makeRoom();
    mLabels.insert(key, sprite);
    return sprite;
}

void SpriteCache::drawLabel(QPainter &painter, const Label &label, QPointF baseline)
{
    painter.drawImage(QPoint(int(std::lround(baseline.x())), int(std::lround(baseline.y()))) - label.origin,
                      label.image);
}

void SpriteCache::drawMarker(QPainter &painter, QPointF center, const QString &key, const QPainterPath &marker,
                             const QPen &pen, const QBrush &brush)
{
    // The nearest quarter pixel: whole pixel (x, y) plus step (i, j) of kSteps.
    const double fx = std::floor(center.x()), fy = std::floor(center.y());
    const int i = int(std::lround((center.x() - fx) * kSteps)), j = int(std::lround((center.y() - fy) * kSteps));
    const int x = int(fx) + i / kSteps, y = int(fy) + j / kSteps;   // a step of 4/4 is the next pixel
    const QString fullKey = key + QLatin1Char('|') + colorKey(pen.color()) + QLatin1Char('|')
                            + QString::number(pen.widthF()) + QLatin1Char('|') + QString::number(int(pen.style()))
                            + QLatin1Char('|') + QString::number(int(pen.joinStyle())) + QLatin1Char('|')
                            + colorKey(brush.style() == Qt::NoBrush ? QColor(Qt::transparent) : brush.color())
                            + QLatin1Char('|') + QString::number((i % kSteps) * kSteps + j % kSteps);
    // Room for the outline's pen, miter joins included (the default miter limit is twice the pen width).
    const QRectF bounds = marker.boundingRect();
    const int half = int(std::ceil(std::max({-bounds.left(), bounds.right(), -bounds.top(), bounds.bottom()})
                                   + pen.widthF() * 2)) + 2;
    QImage sprite;
    {
        const std::lock_guard<std::mutex> lock(mMutex);
        sprite = mMarkers.value(fullKey);
    }
    if (sprite.isNull()) {
        sprite = QImage(2 * half + 1, 2 * half + 1, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        {
            QPainter p(&sprite);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(pen);
            p.setBrush(brush);
            p.drawPath(marker.translated(half + double(i % kSteps) / kSteps, half + double(j % kSteps) / kSteps));
        }
        const std::lock_guard<std::mutex> lock(mMutex);
        makeRoom();
        mMarkers.insert(fullKey, sprite);
    }
    painter.drawImage(QPoint(x - half, y - half), sprite);
}

int SpriteCache::size() const
{
    const std::lock_guard<std::mutex> lock(mMutex);
    return int(mLabels.size() + mMarkers.size());
}

void SpriteCache::makeRoom()
{
    // Styles change rarely and a view shows a few hundred sprites: starting afresh is simpler than LRU.
    if (mLabels.size() + mMarkers.size() >= kMaxEntries) {
        mLabels.clear();
        mMarkers.clear();
    }
}

} // namespace yc
