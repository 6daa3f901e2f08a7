// SPDX-License-Identifier: GPL-3.0-or-later
// The items drawn on and around the map frame: grid, scale bar, north arrow, callouts.
#include "layout/layout_items.h"

#include "geo/coordinate_transform.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <map>
#include <memory>

namespace yc::layout {

namespace {

constexpr auto kPageFamily = "WenQuanYi Micro Hei";

/// A "nice" step (1, 2 or 5 × 10ⁿ) no larger than `v`.
double niceFloor(double v)
{
    if (!(v > 0))
        return 0;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * p <= v)
            return m * p;
    return p;
}

/// Grid step for about `target` lines across `span`: metres for projected CRSs, degrees for geographic ones.
double gridStep(double span, bool geographic, int target)
{
    const double raw = span / target;
    if (!geographic)
        return std::max(1.0, niceFloor(raw * 1.5));
    static const double kDegreeSteps[] = {1.0 / 60, 2.0 / 60, 5.0 / 60, 10.0 / 60, 15.0 / 60, 0.5, 1, 2, 5, 10, 15, 30};
    for (double s : kDegreeSteps)
        if (s >= raw * 0.75)
            return s;
    return 30;
}

QString degreeLabel(double v, bool longitude)
{
    const QString hemi = longitude ? (v < 0 ? QStringLiteral("W") : QStringLiteral("E"))
                                   : (v < 0 ? QStringLiteral("S") : QStringLiteral("N"));
    const double a = std::abs(v);
    int deg = int(std::floor(a + 1e-9));
    int minutes = int(std::lround((a - deg) * 60));
    if (minutes == 60) {
        ++deg;
        minutes = 0;
    }
    return minutes == 0 ? QStringLiteral("%1°%2").arg(deg).arg(hemi)
                        : QStringLiteral("%1°%2′%3").arg(deg).arg(minutes, 2, 10, QLatin1Char('0')).arg(hemi);
}

QString kmLabel(double metres)
{
    return QStringLiteral("%1").arg(qint64(std::llround(metres / 1000)));
}

QString distanceLabel(double metres)
{
    if (metres >= 1000)
        return QCoreApplication::translate("yc::Layout", "%1 km").arg(QLocale::c().toString(metres / 1000, 'g', 6));
    return QCoreApplication::translate("yc::Layout", "%1 m").arg(QLocale::c().toString(metres, 'g', 6));
}

} // namespace

QString pageFontFamily()
{
    const QStringList families = QFontDatabase::families();
    if (families.contains(QLatin1String(kPageFamily)))
        return QString::fromLatin1(kPageFamily);
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    return chinese.isEmpty() ? QString() : chinese.first();
}

Units::Units(double dpi, double k) : mDpi(dpi), mK(k), mFamily(pageFontFamily()) {}

QFont Units::font(double points, bool bold) const
{
    QFont f = mFamily.isEmpty() ? QFont() : QFont(mFamily);
    // Outlines keep the text real, embeddable text in PDFs; pixel sizes make the page independent of the
    // screen's dpi.
    f.setStyleStrategy(QFont::PreferOutline);
    f.setPixelSize(std::max(1, int(std::lround(points * mK * mDpi / 72.0))));
    f.setBold(bold);
    return f;
}

const CoordinateTransform &cachedTransform(const Crs &from, const Crs &to)
{
    thread_local std::map<std::pair<QString, QString>, std::unique_ptr<CoordinateTransform>> cache;
    std::unique_ptr<CoordinateTransform> &slot = cache[{from.definition(), to.definition()}];
    if (!slot)
        slot = std::make_unique<CoordinateTransform>(from, to);
    return *slot;
}

QString groupedNumber(qint64 n)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions({});   // the C locale omits group separators by default
    return locale.toString(n);
}

double groundMetresPerPixel(const MapToPixel &m2p, const Crs &crs, double frameWidthPx)
{
    const Envelope &v = m2p.visibleExtent();
    const double y = v.center().y();
    const CoordinateTransform &toLonLat = cachedTransform(crs, Crs::cgcs2000());
    if (!toLonLat.isValid() || !(frameWidthPx > 0))
        return 0;
    const auto a = toLonLat.apply(QPointF(v.xMin, y));
    const auto b = toLonLat.apply(QPointF(v.xMax, y));
    if (!a || !b)
        return 0;
    return geodesicDistance(*a, *b) / frameWidthPx;
}

void drawGrid(QPainter &p, const Units &u, const QRectF &frame, const MapToPixel &m2p, const Crs &crs)
{
    const Envelope &v = m2p.visibleExtent();
    const bool geographic = crs.isGeographic();
    const double step = gridStep(std::max(v.width(), v.height()), geographic, 6);
    if (!(step > 0))
        return;
    const QFont font = u.font(6);
    const QFontMetricsF fm(font);
    const double tick = u.mm(1.2);
    const double gap = u.mm(0.6);
    p.save();
    p.setFont(font);
    const auto toPage = [&](QPointF map) { return m2p.toPixel(map) + frame.topLeft(); };
    const QPen linePen(QColor(70, 90, 120, 110), u.mm(0.12));
    const QPen tickPen(QColor(40, 40, 40), u.mm(0.15));
    for (double x = std::ceil(v.xMin / step) * step; x <= v.xMax; x += step) {
        const double px = toPage({x, v.yMin}).x();
        if (px < frame.left() + 1 || px > frame.right() - 1)
            continue;
        p.setPen(linePen);
        p.drawLine(QPointF(px, frame.top()), QPointF(px, frame.bottom()));
        p.setPen(tickPen);
        p.drawLine(QPointF(px, frame.top() - tick), QPointF(px, frame.top()));
        p.drawLine(QPointF(px, frame.bottom()), QPointF(px, frame.bottom() + tick));
        const QString label = geographic ? degreeLabel(x, true) : kmLabel(x);
        const double w = fm.horizontalAdvance(label);
        p.setPen(QColor(40, 40, 40));
        p.drawText(QPointF(px - w / 2, frame.top() - tick - gap - fm.descent()), label);
        p.drawText(QPointF(px - w / 2, frame.bottom() + tick + gap + fm.ascent()), label);
    }
    for (double y = std::ceil(v.yMin / step) * step; y <= v.yMax; y += step) {
        const double py = toPage({v.xMin, y}).y();
        if (py < frame.top() + 1 || py > frame.bottom() - 1)
            continue;
        p.setPen(linePen);
        p.drawLine(QPointF(frame.left(), py), QPointF(frame.right(), py));
        p.setPen(tickPen);
        p.drawLine(QPointF(frame.left() - tick, py), QPointF(frame.left(), py));
        p.drawLine(QPointF(frame.right(), py), QPointF(frame.right() + tick, py));
        const QString label = geographic ? degreeLabel(y, false) : kmLabel(y);
        const double w = fm.horizontalAdvance(label);
        // Vertical labels along the left and right edges, reading upwards like the sides of a topographic map.
        for (const bool left : {true, false}) {
            p.save();
            const double x = left ? frame.left() - tick - gap - fm.descent() : frame.right() + tick + gap + fm.ascent();
            p.translate(x, py);
            p.rotate(-90);
            p.setPen(QColor(40, 40, 40));
            p.drawText(QPointF(-w / 2, 0), label);
            p.restore();
        }
    }
    p.restore();
}

void drawScaleBar(QPainter &p, const Units &u, const QRectF &frame, const MapToPixel &m2p, const Crs &crs)
{
    const double mpp = groundMetresPerPixel(m2p, crs, frame.width());
    if (!(mpp > 0))
        return;
    const double metres = niceFloor(frame.width() * 0.2 * mpp);
    const double length = metres / mpp;
    const int segments = 4;
    const QFont font = u.font(6.5);
    const QFontMetricsF fm(font);
    const double barH = u.mm(1.6);
    const double pad = u.mm(2.5);
    // Ground metres per metre of paper: the numeric scale, rounded to three significant digits.
    const double denominator = mpp / (0.0254 / u.dpi());
    const double magnitude = std::pow(10.0, std::floor(std::log10(denominator)) - 2);
    const QString scaleText = QCoreApplication::translate("yc::Layout", "Scale 1:%1")
                                  .arg(groupedNumber(qint64(std::llround(denominator / magnitude) * magnitude)));
    const QString endLabel = distanceLabel(metres);
    const double boxW = length + fm.horizontalAdvance(endLabel) / 2 + fm.horizontalAdvance(QStringLiteral("0")) / 2 + 2 * pad;
    const double boxH = fm.height() * 2 + barH + u.mm(1.5) + 2 * pad;
    const QRectF box(frame.left() + u.mm(4), frame.bottom() - u.mm(4) - boxH, std::max(boxW, fm.horizontalAdvance(scaleText) + 2 * pad), boxH);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRect(box);
    p.setFont(font);
    p.setPen(QColor(30, 30, 30));
    const double x0 = box.left() + pad + fm.horizontalAdvance(QStringLiteral("0")) / 2;
    p.drawText(QPointF(box.left() + pad, box.top() + pad + fm.ascent()), scaleText);
    const double barTop = box.top() + pad + fm.height() + u.mm(0.8);
    for (int i = 0; i < segments; ++i) {
        const QRectF seg(x0 + length * i / segments, barTop, length / segments, barH);
        p.setPen(QPen(QColor(30, 30, 30), u.mm(0.15)));
        p.setBrush(i % 2 == 0 ? QColor(30, 30, 30) : QColor(255, 255, 255));
        p.drawRect(seg);
    }
    p.setPen(QColor(30, 30, 30));
    const double labelY = barTop + barH + u.mm(0.7) + fm.ascent();
    for (int i : {0, 2, 4}) {
        const QString label = i == 0 ? QStringLiteral("0") : i == segments ? endLabel : distanceLabel(metres * i / segments);
        const double w = fm.horizontalAdvance(label);
        const double x = x0 + length * i / segments - (i == segments ? fm.horizontalAdvance(QStringLiteral("0")) / 2 : w / 2);
        p.drawText(QPointF(x, labelY), label);
    }
    p.restore();
}

void drawNorthArrow(QPainter &p, const Units &u, const QRectF &frame, const MapToPixel &m2p, const Crs &crs)
{
    // Grid convergence: the direction of a small step north from the frame's centre, in page pixels.
    double angle = 0;
    const QPointF centrePx(frame.width() / 2, frame.height() / 2);
    const QPointF centre = m2p.toMap(centrePx);
    const CoordinateTransform &toLonLat = cachedTransform(crs, Crs::cgcs2000());
    if (toLonLat.isValid()) {
        const auto ll = toLonLat.apply(centre);
        const auto north = ll ? toLonLat.applyInverse(*ll + QPointF(0, 0.01)) : std::nullopt;
        if (north) {
            const QPointF d = m2p.toPixel(*north) - centrePx;
            angle = std::atan2(d.x(), -d.y()) * 180 / M_PI;
        }
    }
    const double h = u.mm(13);
    const QPointF c(frame.right() - u.mm(10), frame.top() + u.mm(13));
    p.save();
    p.translate(c);
    p.rotate(angle);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 210));
    p.drawEllipse(QPointF(0, -h * 0.05), h * 0.62, h * 0.62);
    QPainterPath left;
    left.moveTo(0, -h / 2);
    left.lineTo(-h * 0.2, h * 0.35);
    left.lineTo(0, h * 0.2);
    left.closeSubpath();
    QPainterPath right;
    right.moveTo(0, -h / 2);
    right.lineTo(h * 0.2, h * 0.35);
    right.lineTo(0, h * 0.2);
    right.closeSubpath();
    p.setPen(QPen(QColor(30, 30, 30), u.mm(0.2), Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    p.setBrush(QColor(30, 30, 30));
    p.drawPath(left);
    p.setBrush(Qt::white);
    p.drawPath(right);
    const QFont font = u.font(8, true);
    const QFontMetricsF fm(font);
    p.setFont(font);
    p.setPen(QColor(30, 30, 30));
    const QString n = QStringLiteral("N");
    p.drawText(QPointF(-fm.horizontalAdvance(n) / 2, -h / 2 - u.mm(0.8)), n);
    p.restore();
}

void drawCallout(QPainter &p, const Units &u, QPointF anchor, const QString &number)
{
    const QFont font = u.font(5.5, true);
    const QFontMetricsF fm(font);
    const double h = fm.height() * 1.05;
    const double w = std::max(h, fm.horizontalAdvance(number) + h * 0.5);
    const QRectF box(anchor.x() - w / 2, anchor.y() - h / 2, w, h);
    p.save();
    p.setPen(QPen(QColor(20, 40, 90), u.mm(0.18)));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(box, h / 2, h / 2);
    p.setFont(font);
    p.setPen(QColor(20, 40, 90));
    p.drawText(QPointF(box.center().x() - fm.horizontalAdvance(number) / 2,
                       box.center().y() + (fm.ascent() - fm.descent()) / 2), number);
    p.restore();
}

} // namespace yc::layout
