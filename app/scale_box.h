// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

#include <optional>

namespace yc {

class MapCanvas;

/// The map scale as an editable combo box: shows the canvas scale (1:123,456), offers round scales
/// (1:5,000 … 1:1,000,000), and zooms the canvas to a picked or typed one ("1:250000", "1:250,000", "250000").
class ScaleBox : public QComboBox {
    Q_OBJECT
public:
    explicit ScaleBox(MapCanvas *canvas, QWidget *parent = nullptr);
    /// N of a scale typed as "1:N", "1 : N" or "N" (with or without thousands separators); nullopt otherwise.
    static std::optional<double> parseScale(const QString &text);
    static QString formatScale(double denominator);
    /// Zooms the canvas to the typed or picked scale; false (and the current scale shown again) when
    /// the text is not a scale.
    bool applyText(const QString &text);

private:
    void showCanvasScale();

    MapCanvas *mCanvas;
};

} // namespace yc
