// SPDX-License-Identifier: GPL-3.0-or-later
// The items of the side panel: legend, status chart, targets chart, overview inset and report excerpts.
#include "layout/layout_items.h"

#include "geo/coordinate_transform.h"
#include "render/plan_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace yc::layout {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct LayoutText {
    Q_DECLARE_TR_FUNCTIONS(yc::Layout)
};

const QColor kInk(35, 35, 35);
const QColor kMuted(95, 95, 95);
const QColor kAccent(20, 40, 90);

/// Breaks `text` into lines of at most `width` pixels; with maxLines >= 0 keeps that many, the last one
/// elided when text is cut.
QStringList wrapLines(const QString &text, const QFont &font, double width, int maxLines = -1)
{
    QStringList lines;
    if (maxLines == 0 || text.isEmpty())
        return lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (maxLines > 0 && lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart());
            lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

/// Lists `names` separated by "、", breaking lines only between names (a name longer than a line gets a line
/// of its own and wraps), so text extraction finds every name in one piece.
QStringList wrapNames(const QStringList &names, const QFont &font, double width)
{
    const QFontMetricsF fm(font);
    const QString separator = QString::fromUtf8("、");
    QStringList lines;
    QString line;
    for (int i = 0; i < names.size(); ++i) {
        const QString item = names.at(i) + (i + 1 < names.size() ? separator : QString());
        if (line.isEmpty() || fm.horizontalAdvance(line + item) <= width) {
            line += item;
            continue;
        }
        lines << wrapLines(line, font, width);
        line = item;
    }
    if (!line.isEmpty())
        lines << wrapLines(line, font, width);
    return lines;
}

void drawLegendSymbol(QPainter &p, const Units &u, const QRectF &box, const LegendEntry &e)
{
    const QColor grey(105, 105, 105);
    const QPointF c = box.center();
    const double s = std::min(box.width(), box.height());
    p.save();
    switch (e.kind) {
    case LegendEntry::Kind::Header:
        break;
    case LegendEntry::Kind::PlanCategory:
        if (e.dimension == 0) {
            p.setPen(QPen(grey.darker(150), u.rawMm(0.2)));
            p.setBrush(grey);
            p.drawPath(markerPath(markerShape(e.category), c, s * 0.9));
        } else if (e.dimension == 1) {
            p.setPen(QPen(grey, u.rawMm(e.category == Category::TourismRoad ? 0.95 : 0.7), Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(box.left(), c.y()), QPointF(box.right(), c.y()));
        } else {
            QColor fill = grey;
            fill.setAlpha(45);
            p.setPen(QPen(grey, u.rawMm(0.4)));
            p.setBrush(fill);
            p.drawRect(box.adjusted(0, s * 0.15, 0, -s * 0.15));
        }
        break;
    case LegendEntry::Kind::Status: {
        const QColor color = statusColor(e.status);
        p.setPen(QPen(color.darker(160), u.rawMm(0.2)));
        p.setBrush(color);
        p.drawRoundedRect(QRectF(c.x() - s * 0.4, c.y() - s * 0.4, s * 0.8, s * 0.8), s * 0.15, s * 0.15);
        break;
    }
    case LegendEntry::Kind::Placeholder:
        p.setPen(QPen(grey, u.rawMm(0.45), Qt::DashLine));
        p.setBrush(Qt::white);
        p.drawEllipse(c, s * 0.38, s * 0.38);
        break;
    case LegendEntry::Kind::BaseLayer: {
        const Symbol &style = e.symbol;
        const double lineWidth = u.rawMm(std::max(0.15, style.strokeWidth * 25.4 / 96));
        if (e.dimension == 0) {
            p.setPen(QPen(style.stroke, u.rawMm(0.2)));
            p.setBrush(style.fill.alpha() > 0 ? style.fill : style.stroke);
            const double d = u.rawMm(style.pointSize * 25.4 / 96);
            p.drawEllipse(c, d / 2, d / 2);
        } else if (e.dimension == 1) {
            p.setPen(QPen(style.stroke, lineWidth, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(box.left(), c.y()), QPointF(box.right(), c.y()));
        } else {
            p.setPen(QPen(style.stroke, lineWidth));
            p.setBrush(style.fill.alpha() > 0 ? QBrush(style.fill) : QBrush(Qt::NoBrush));
            p.drawRect(box.adjusted(0, s * 0.15, 0, -s * 0.15));
        }
        break;
    }
    case LegendEntry::Kind::Raster: {
        // An image: a swatch of four tones in a thin frame.
        const QRectF r = box.adjusted(0, s * 0.1, 0, -s * 0.1);
        const QSizeF q = r.size() / 2;
        const QColor tones[] = {QColor(0x9c, 0xb8, 0x8a), QColor(0xd9, 0xc9, 0x9a), QColor(0x7f, 0xa6, 0xc9),
                                QColor(0xc4, 0xa4, 0x84)};
        for (int i = 0; i < 4; ++i)
            p.fillRect(QRectF(r.topLeft() + QPointF((i % 2) * q.width(), (i / 2) * q.height()), q), tones[i]);
        p.setPen(QPen(grey, u.rawMm(0.2)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
        break;
    }
    }
    p.restore();
}

struct LegendGrid {
    double rowH = 0;
    double colW = 0;
    int columns = 1;
    int rows = 0;
    double titleH = 0;
};

LegendGrid legendGrid(const Units &u, const QList<LegendEntry> &entries, double width)
{
    LegendGrid g;
    const QFontMetricsF fm(u.font(7));
    const QFontMetricsF header(u.font(7, true));
    g.rowH = fm.height() * 1.5;
    double widest = 0;
    for (const LegendEntry &e : entries)
        widest = std::max(widest, e.kind == LegendEntry::Kind::Header ? header.horizontalAdvance(e.text)
                                                                      : u.mm(7.5) + fm.horizontalAdvance(e.text));
    g.colW = widest + u.mm(3);
    g.columns = std::clamp(int(width / std::max(1.0, g.colW)), 1, std::max(1, int(entries.size())));
    g.rows = int((entries.size() + g.columns - 1) / g.columns);
    g.titleH = QFontMetricsF(u.font(9, true)).height() * 1.4;
    return g;
}

const QColor kMet(0x2e, 0x8b, 0x57);
const QColor kOpen(0x3a, 0x6e, 0xa5);
const QColor kTargetLine(0xc0, 0x39, 0x2b);

constexpr double kRowMm = 4.2;      ///< comfortable row height, scaled mm
constexpr double kMinRowMm = 3.2;   ///< below this, rows are left out instead

QString figure(double v)
{
    return QLocale().toString(v, 'g', 8);
}

QString promised(const TargetProgress &t)
{
    return t.upperTarget ? QStringLiteral("%1–%2").arg(figure(t.target), figure(*t.upperTarget)) : figure(t.target);
}

} // namespace

double legendHeight(const Units &u, const QList<LegendEntry> &entries, double width)
{
    const LegendGrid g = legendGrid(u, entries, width - 2 * u.mm(3));
    return g.titleH + g.rows * g.rowH + 2 * u.mm(3);
}

void drawLegend(QPainter &p, const Units &u, const QRectF &rect, const QList<LegendEntry> &entries)
{
    const double pad = u.mm(3);
    const LegendGrid g = legendGrid(u, entries, rect.width() - 2 * pad);
    p.save();
    p.setPen(QPen(QColor(160, 160, 160), u.mm(0.2)));
    p.setBrush(Qt::white);
    p.drawRect(rect);
    const QFont titleFont = u.font(9, true);
    p.setFont(titleFont);
    p.setPen(kInk);
    p.drawText(QPointF(rect.left() + pad, rect.top() + pad + QFontMetricsF(titleFont).ascent()), LayoutText::tr("Legend"));
    const QFont font = u.font(7);
    const QFont headerFont = u.font(7, true);
    const QFontMetricsF fm(font);
    const double colW = (rect.width() - 2 * pad) / g.columns;
    for (int i = 0; i < entries.size(); ++i) {
        const LegendEntry &e = entries.at(i);
        const int col = i / std::max(1, g.rows);
        const int row = i % std::max(1, g.rows);
        const double x = rect.left() + pad + col * colW;
        const double y = rect.top() + pad + g.titleH + row * g.rowH;
        const double baseline = y + (g.rowH + fm.ascent() - fm.descent()) / 2;
        if (e.kind == LegendEntry::Kind::Header) {
            p.setFont(headerFont);
            p.setPen(kAccent);
            p.drawText(QPointF(x, baseline), e.text);
            continue;
        }
        drawLegendSymbol(p, u, QRectF(x, y + g.rowH * 0.15, u.mm(6), g.rowH * 0.7), e);
        p.setFont(font);
        p.setPen(kInk);
        p.drawText(QPointF(x + u.mm(7.5), baseline), e.text);
    }
    p.restore();
}

void drawStatusChart(QPainter &p, const Units &u, const QRectF &rect, const QList<StatusCount> &counts)
{
    const double pad = u.mm(3);
    int total = 0;
    int most = 1;
    for (const StatusCount &c : counts) {
        total += c.count;
        most = std::max(most, c.count);
    }
    p.save();
    p.setPen(QPen(QColor(160, 160, 160), u.mm(0.2)));
    p.setBrush(Qt::white);
    p.drawRect(rect);
    const QFont titleFont = u.font(8, true);
    const QFontMetricsF tfm(titleFont);
    p.setFont(titleFont);
    p.setPen(kInk);
    p.drawText(QPointF(rect.left() + pad, rect.top() + pad + tfm.ascent()),
               LayoutText::tr("Features by status (%1 on the map)").arg(total));
    const QFont font = u.font(6.5);
    const QFontMetricsF fm(font);
    double labelW = 0;
    for (const StatusCount &c : counts)
        labelW = std::max(labelW, fm.horizontalAdvance(displayName(c.status)));
    const double top = rect.top() + pad + tfm.height() * 1.3;
    const double rowH = (rect.bottom() - pad - top) / std::max<qsizetype>(1, counts.size());
    const double barLeft = rect.left() + pad + labelW + u.mm(2);
    const double barMax = rect.right() - pad - fm.horizontalAdvance(QStringLiteral("000")) - u.mm(1.5) - barLeft;
    p.setFont(font);
    for (int i = 0; i < counts.size(); ++i) {
        const StatusCount &c = counts.at(i);
        const double y = top + i * rowH;
        const double baseline = y + (rowH + fm.ascent() - fm.descent()) / 2;
        p.setPen(kInk);
        p.drawText(QPointF(barLeft - u.mm(2) - fm.horizontalAdvance(displayName(c.status)), baseline),
                   displayName(c.status));
        const double w = barMax * c.count / most;
        const QColor color = statusColor(c.status);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRect(QRectF(barLeft, y + rowH * 0.18, w, rowH * 0.64));
        p.setPen(kInk);
        p.drawText(QPointF(barLeft + w + u.mm(1), baseline), QString::number(c.count));
    }
    p.setPen(QPen(kMuted, u.mm(0.15)));
    p.drawLine(QPointF(barLeft, top), QPointF(barLeft, top + rowH * counts.size()));
    p.restore();
}

void drawOverview(QPainter &p, const Units &u, const QRectF &rect, const QList<RenderLayer> &layers,
                  const Envelope &frameExtent, const Crs &crs)
{
    struct Shape { Geometry geometry; int level; };   // 0 neighbours, 1 counties, 2 city outline
    QList<Shape> shapes;
    Envelope extent;
    for (const RenderLayer &layer : layers) {
        if (!layer.data)
            continue;
        const QString &name = layer.data->layerName;
        const int level = name == QLatin1String("neighbour_counties") ? 0
                        : name == QLatin1String("counties")           ? 1
                        : name == QLatin1String("city_outline")       ? 2 : -1;
        if (level < 0)
            continue;
        const CoordinateTransform &t = cachedTransform(layer.data->crs.isEmpty() ? crs : layer.data->crs, crs);
        if (!t.isValid())
            continue;
        for (const VectorFeature &f : layer.data->features) {
            Geometry g = t.apply(f.geometry);
            if (g.isEmpty())
                continue;
            if (level > 0)
                extent.include(g.envelope());
            shapes.append({std::move(g), level});
        }
    }
    extent.include(frameExtent);
    if (extent.isEmpty())
        return;
    MapSettings s;
    s.crs = crs;
    s.extent = extent.buffered(std::max(extent.width(), extent.height()) * 0.06);
    s.outputSize = rect.size().toSize();
    const MapToPixel m2p(s);
    const double tolerance = m2p.mapUnitsPerPixel() * 0.75;
    const auto toPath = [&](const Geometry &g) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const Geometry::Part &part : g.parts)
            for (const QPolygonF &ring : part) {
                QPointF last;
                bool first = true;
                for (const QPointF &pt : ring) {
                    if (!first && std::hypot(pt.x() - last.x(), pt.y() - last.y()) < tolerance && &pt != &ring.last())
                        continue;
                    const QPointF px = m2p.toPixel(pt) + rect.topLeft();
                    first ? path.moveTo(px) : path.lineTo(px);
                    first = false;
                    last = pt;
                }
                path.closeSubpath();
            }
        return path;
    };
    p.save();
    p.setClipRect(rect);
    p.fillRect(rect, QColor(0xf4, 0xf6, 0xf8));
    for (int level : {0, 1, 2}) {
        for (const Shape &shape : std::as_const(shapes)) {
            if (shape.level != level)
                continue;
            if (level == 0) {
                p.setPen(QPen(QColor(200, 200, 200), u.mm(0.1)));
                p.setBrush(QColor(232, 232, 232));
            } else if (level == 1) {
                p.setPen(QPen(QColor(150, 150, 150), u.mm(0.1)));
                p.setBrush(QColor(255, 253, 240));
            } else {
                p.setPen(QPen(QColor(60, 60, 60), u.mm(0.3)));
                p.setBrush(Qt::NoBrush);
            }
            p.drawPath(toPath(shape.geometry));
        }
    }
    const QPointF a = m2p.toPixel({frameExtent.xMin, frameExtent.yMax}) + rect.topLeft();
    const QPointF b = m2p.toPixel({frameExtent.xMax, frameExtent.yMin}) + rect.topLeft();
    p.setPen(QPen(QColor(210, 30, 30), u.mm(0.35)));
    p.setBrush(QColor(210, 30, 30, 30));
    p.drawRect(QRectF(a, b));
    p.setClipping(false);
    p.setPen(QPen(QColor(160, 160, 160), u.mm(0.2)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect);
    const QFont font = u.font(6.5, true);
    p.setFont(font);
    p.setPen(kInk);
    p.drawText(QPointF(rect.left() + u.mm(1.5), rect.top() + u.mm(1.5) + QFontMetricsF(font).ascent()), LayoutText::tr("Location"));
    p.restore();
}

void drawExcerpts(QPainter &p, const Units &u, const QRectF &rect, const QList<Excerpt> &excerpts)
{
    const double pad = u.mm(3);
    p.save();
    p.setPen(QPen(QColor(160, 160, 160), u.mm(0.2)));
    p.setBrush(Qt::white);
    p.drawRect(rect);
    const QFont titleFont = u.font(9, true);
    const QFontMetricsF tfm(titleFont);
    p.setFont(titleFont);
    p.setPen(kInk);
    p.drawText(QPointF(rect.left() + pad, rect.top() + pad + tfm.ascent()), LayoutText::tr("Report excerpts"));
    const QRectF body = rect.adjusted(pad, pad + tfm.height() * 1.4, -pad, -pad);
    if (excerpts.isEmpty()) {
        p.setFont(u.font(7));
        p.setPen(kMuted);
        p.drawText(QPointF(body.left(), body.top() + QFontMetricsF(u.font(7)).ascent()),
                   LayoutText::tr("No report sentence is linked to a feature on this map."));
        p.restore();
        return;
    }
    const double colGap = u.mm(4);
    // Columns narrow with the type: about 58 mm at 7.5 pt.
    const auto columnsFor = [&](double points) { return std::max(1, int(body.width() / u.mm(58 * points / 7.5))); };
    const auto columnWidth = [&](int columns) { return (body.width() - colGap * (columns - 1)) / columns; };

    struct Block { QStringList sentence; QStringList names; double height; };
    struct Fit { double points; int sentenceLines; };
    static const Fit kFits[] = {{7.5, 3}, {7, 3}, {7, 2}, {6.5, 2}, {6, 2}, {6, 1}, {5.5, 1}, {5, 1}, {5, 0}, {4.5, 0}};
    QList<Block> blocks;
    Fit chosen = kFits[std::size(kFits) - 1];
    for (const Fit &fit : kFits) {
        const int columns = columnsFor(fit.points);
        const double colW = columnWidth(columns);
        const QFontMetricsF fm(u.font(fit.points));
        const double indent = fm.height() * 1.9;
        const double lineH = fm.height() * 1.12;
        blocks.clear();
        for (const Excerpt &e : excerpts) {
            Block b;
            b.sentence = wrapLines(QStringLiteral("§%1 %2").arg(e.sentenceId, e.text), u.font(fit.points),
                                   colW - indent, fit.sentenceLines);
            QStringList names = e.featureNames;
            if (fit.sentenceLines == 0 && !names.isEmpty())   // no sentence text: the reference leads the names
                names.first().prepend(QStringLiteral("§%1 ").arg(e.sentenceId));
            b.names = wrapNames(names, u.font(fit.points, true), colW - indent);
            b.height = (b.sentence.size() + b.names.size()) * lineH + lineH * 0.45;
            blocks.append(b);
        }
        // Fill the columns top to bottom; it fits when no column overflows.
        int col = 0;
        double y = 0;
        bool fits = true;
        for (const Block &b : std::as_const(blocks)) {
            if (y + b.height > body.height() && y > 0) {
                ++col;
                y = 0;
            }
            if (col >= columns || b.height > body.height()) {
                fits = false;
                break;
            }
            y += b.height;
        }
        chosen = fit;
        if (fits)
            break;
    }
    const int columns = columnsFor(chosen.points);
    const double colW = columnWidth(columns);
    const QFont font = u.font(chosen.points);
    const QFont nameFont = u.font(chosen.points, true);
    const QFontMetricsF fm(font);
    const double indent = fm.height() * 1.9;
    const double lineH = fm.height() * 1.12;
    int col = 0;
    double y = 0;
    p.setClipRect(body.adjusted(-1, -1, 1, 1));
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        if (y + b.height > body.height() && y > 0) {
            ++col;
            y = 0;
        }
        const double x = body.left() + col * (colW + colGap);
        const double top = body.top() + y;
        drawCallout(p, u, QPointF(x + indent * 0.4, top + lineH / 2), QString::number(excerpts.at(i).number));
        double line = top;
        p.setFont(font);
        p.setPen(kMuted);
        for (const QString &s : b.sentence) {
            p.drawText(QPointF(x + indent, line + fm.ascent()), s);
            line += lineH;
        }
        p.setFont(nameFont);
        p.setPen(kAccent);
        for (const QString &s : b.names) {
            p.drawText(QPointF(x + indent, line + fm.ascent()), s);
            line += lineH;
        }
        y += b.height;
    }
    p.restore();
}

double targetChartHeight(const Units &u, qsizetype rows)
{
    return u.mm(3) * 2 + QFontMetricsF(u.font(8, true)).height() * 1.3 + u.mm(kRowMm) * std::max<qsizetype>(1, rows);
}

void drawTargetChart(QPainter &p, const Units &u, const QRectF &rect, const QList<TargetProgress> &targets)
{
    QList<TargetProgress> rows = targets;
    std::stable_sort(rows.begin(), rows.end(), [](const TargetProgress &a, const TargetProgress &b) {
        return a.latest.has_value() && !b.latest.has_value();
    });
    const double pad = u.mm(3);
    const QFont titleFont = u.font(8, true);
    const QFontMetricsF tfm(titleFont);
    const QFont font = u.font(6.5);
    const QFontMetricsF fm(font);
    const double top = rect.top() + pad + tfm.height() * 1.3;
    const double room = rect.bottom() - pad - top;
    const qsizetype fit = std::max<qsizetype>(0, qsizetype(room / u.mm(kMinRowMm)));
    qsizetype shown = std::min(rows.size(), fit);
    if (shown < rows.size() && shown > 0)
        --shown;   // the last row says how many are not shown
    const double rowH = std::min(u.mm(kRowMm), room / std::max<qsizetype>(1, shown + (shown < rows.size() ? 1 : 0)));

    p.save();
    p.setPen(QPen(QColor(160, 160, 160), u.mm(0.2)));
    p.setBrush(Qt::white);
    p.drawRect(rect);
    p.setFont(titleFont);
    p.setPen(kInk);
    const auto recorded = std::count_if(targets.cbegin(), targets.cend(), [](const TargetProgress &t) { return t.latest.has_value(); });
    p.drawText(QPointF(rect.left() + pad, rect.top() + pad + tfm.ascent()),
               LayoutText::tr("Report targets (%1 of %2 with a recorded value)").arg(recorded).arg(targets.size()));
    p.setFont(font);
    if (rows.isEmpty()) {
        p.setPen(kMuted);
        p.drawText(QPointF(rect.left() + pad, top + fm.ascent()), LayoutText::tr("The report names no targets here."));
        p.restore();
        return;
    }

    // Labels take up to 45 % of the width, then the bars, then room for "42 / 60 家".
    const double labelW = (rect.width() - 2 * pad) * 0.45;
    const double barLeft = rect.left() + pad + labelW + u.mm(1.5);
    double figuresW = fm.horizontalAdvance(LayoutText::tr("no value yet"));
    for (qsizetype i = 0; i < shown; ++i) {
        const TargetProgress &t = rows.at(i);
        if (t.latest)
            figuresW = std::max(figuresW, fm.horizontalAdvance(
                                              QStringLiteral("%1 / %2 %3").arg(figure(t.latest->value), promised(t), t.unit)));
    }
    const double barRoom = std::max(u.mm(10), rect.right() - pad - figuresW - u.mm(1) - barLeft);
    double most = 1;
    for (qsizetype i = 0; i < shown; ++i)
        most = std::max(most, rows.at(i).fraction().value_or(0));
    most = std::min(most, 2.0);   // beyond 200 % the bar is cut at the end
    const double fullW = barRoom / most;

    for (qsizetype i = 0; i < shown; ++i) {
        const TargetProgress &t = rows.at(i);
        const double y = top + double(i) * rowH;
        const double baseline = y + (rowH + fm.ascent() - fm.descent()) / 2;
        const QString label = fm.elidedText(t.measure.isEmpty() ? t.phrase : t.measure, Qt::ElideRight, labelW);
        p.setPen(kInk);
        p.drawText(QPointF(barLeft - u.mm(1.5) - fm.horizontalAdvance(label), baseline), label);
        const double f = std::clamp(t.fraction().value_or(0), 0.0, most);
        const double w = fullW * f;
        p.setPen(Qt::NoPen);
        p.setBrush(f >= 1 ? kMet : kOpen);
        p.drawRect(QRectF(barLeft, y + rowH * 0.2, w, rowH * 0.6));
        if (t.latest) {
            p.setPen(kInk);
            p.drawText(QPointF(barLeft + w + u.mm(1), baseline),
                       QStringLiteral("%1 / %2 %3").arg(figure(t.latest->value), promised(t), t.unit));
        } else {
            p.setPen(kMuted);
            p.drawText(QPointF(barLeft + u.mm(1), baseline), LayoutText::tr("no value yet"));
        }
    }
    const double bottom = top + double(shown) * rowH;
    p.setPen(QPen(kMuted, u.mm(0.15)));
    p.drawLine(QPointF(barLeft, top), QPointF(barLeft, bottom));
    p.setPen(QPen(kTargetLine, u.mm(0.25), Qt::DashLine));
    p.drawLine(QPointF(barLeft + fullW, top), QPointF(barLeft + fullW, bottom));
    if (shown < rows.size()) {
        p.setPen(kMuted);
        p.drawText(QPointF(rect.left() + pad, bottom + (rowH + fm.ascent() - fm.descent()) / 2),
                   LayoutText::tr("… and %1 more targets (see the dashboard)").arg(rows.size() - shown));
    }
    p.restore();
}

} // namespace yc::layout
