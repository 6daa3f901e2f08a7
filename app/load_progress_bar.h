// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace yc {

class LayerLoader;
class MapCanvas;

/// Status-bar strip shown while a layer is read from its file: the layer's name, how many features are read
/// (of how many, when known), and a Cancel button. It shows a raster the canvas reads while drawing in the
/// same way (how much of it is read) once that read has taken a moment; Cancel then leaves the raster out of
/// that view. It polls the loader and the canvas, so the workers never wait on the GUI.
class LoadProgressBar : public QWidget {
    Q_OBJECT
public:
    LoadProgressBar(LayerLoader *loader, MapCanvas *canvas, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The planner cancelled the canvas's read of this raster: it is missing from the view being drawn.
    void rasterReadStopped(const QString &layerName);

private:
    void refresh();
    /// Shows the loader's progress; false when it is reading no layer from its file.
    bool showLoad();
    /// Shows the canvas's raster read; false when there is none, or it only just began.
    bool showRasterRead();
    void cancel();

    LayerLoader *mLoader;
    MapCanvas *mCanvas;
    QLabel *mLabel;
    QProgressBar *mBar;
    QPushButton *mCancel;
    QTimer *mPoll;
};

} // namespace yc
