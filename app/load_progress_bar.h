// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace yc {

class LayerLoader;

/// Status-bar strip shown while a layer is read from its file: the layer's name, how many features are read
/// (of how many, when known), and a Cancel button. It polls the loader, so the worker never waits on the GUI.
class LoadProgressBar : public QWidget {
    Q_OBJECT
public:
    explicit LoadProgressBar(LayerLoader *loader, QWidget *parent = nullptr);

private:
    void refresh();

    LayerLoader *mLoader;
    QLabel *mLabel;
    QProgressBar *mBar;
    QPushButton *mCancel;
    QTimer *mPoll;
};

} // namespace yc
