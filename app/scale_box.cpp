// SPDX-License-Identifier: GPL-3.0-or-later
#include "scale_box.h"

#include "map_canvas.h"

#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace yc {

ScaleBox::ScaleBox(MapCanvas *canvas, QWidget *parent) : QComboBox(parent), mCanvas(canvas)
{
    setObjectName(QStringLiteral("scaleBox"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setToolTip(tr("Map scale: pick one or type 1:N and press Enter"));
    setMinimumContentsLength(12);
    for (double n : {5000.0, 10000.0, 25000.0, 50000.0, 100000.0, 250000.0, 500000.0, 1000000.0})
        addItem(formatScale(n), n);
    connect(this, &QComboBox::activated, this, [this](int index) { applyText(itemText(index)); });
    connect(lineEdit(), &QLineEdit::returnPressed, this, [this]() { applyText(lineEdit()->text()); });
    connect(canvas, &MapCanvas::viewChanged, this, &ScaleBox::showCanvasScale);
    showCanvasScale();
}

std::optional<double> ScaleBox::parseScale(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QRegularExpression(QStringLiteral("[\\s,'\u00a0\u202f]")));   // spaces and thousands separators
    t.replace(QChar(0xff1a), QLatin1Char(':'));   // full-width colon from a Chinese input method
    if (t.startsWith(QLatin1String("1:")))
        t = t.mid(2);
    bool ok = false;
    const double n = t.toDouble(&ok);
    if (!ok || !std::isfinite(n) || n < 1 || n > 1e9)
        return std::nullopt;
    return n;
}

QString ScaleBox::formatScale(double denominator)
{
    return QStringLiteral("1:%1").arg(QLocale(QLocale::English).toString(qint64(std::llround(denominator))));
}

bool ScaleBox::applyText(const QString &text)
{
    const std::optional<double> n = parseScale(text);
    if (!n) {
        showCanvasScale();
        return false;
    }
    lineEdit()->setModified(false);   // the canvas scale shows again from now on
    mCanvas->zoomToScale(*n);
    return true;
}

void ScaleBox::showCanvasScale()
{
    const double n = mCanvas->scaleDenominator();
    if (lineEdit()->hasFocus() && lineEdit()->isModified())
        return;   // the user is typing
    setEditText(n > 0 ? formatScale(n) : QString());
}

} // namespace yc
