// SPDX-License-Identifier: GPL-3.0-or-later
#include "load_progress_bar.h"

#include "layer_loader.h"
#include "map_canvas.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace yc {

namespace {
constexpr int kPollMs = 100;
// A raster read that ends sooner (one with overviews, or a small view) never shows the strip.
constexpr auto kRasterShowAfter = std::chrono::milliseconds(400);
}

LoadProgressBar::LoadProgressBar(LayerLoader *loader, MapCanvas *canvas, QWidget *parent)
    : QWidget(parent), mLoader(loader), mCanvas(canvas), mLabel(new QLabel(this)), mBar(new QProgressBar(this)),
      mCancel(new QPushButton(LoadProgressBar::tr("Cancel"), this)), mPoll(new QTimer(this))
{
    setObjectName(QStringLiteral("loadProgress"));
    mBar->setObjectName(QStringLiteral("loadProgressBar"));
    mCancel->setObjectName(QStringLiteral("loadCancelButton"));
    mBar->setMaximumWidth(160);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mLabel);
    layout->addWidget(mBar);
    layout->addWidget(mCancel);
    hide();

    mPoll->setInterval(kPollMs);
    connect(mPoll, &QTimer::timeout, this, &LoadProgressBar::refresh);
    connect(mLoader, &LayerLoader::started, mPoll, qOverload<>(&QTimer::start));
    connect(mCanvas, &MapCanvas::renderStarted, mPoll, qOverload<>(&QTimer::start));
    // Gone as soon as the layers are there (or the load is cancelled), not at the next poll.
    connect(mLoader, &LayerLoader::loaded, this, &LoadProgressBar::refresh);
    connect(mCanvas, &MapCanvas::renderFinished, this, &LoadProgressBar::refresh);
    connect(mCancel, &QPushButton::clicked, this, &LoadProgressBar::cancel);
}

void LoadProgressBar::cancel()
{
    // The loader first: a layer being added is what the planner waits for; a raster read follows it.
    if (mLoader->progress()) {
        mLoader->cancel();
    } else if (const std::optional<RasterReadProgress::Reading> reading = mCanvas->rasterReading()) {
        mCanvas->stopRasterReads();
        Q_EMIT rasterReadStopped(reading->layerName);
    }
    mCancel->setEnabled(false);   // until the worker notices, at its next batch of features or rows
}

void LoadProgressBar::refresh()
{
    if (!mLoader->isLoading() && !mCanvas->isRendering()) {
        mPoll->stop();
        hide();
        return;
    }
    if (!showLoad() && !showRasterRead()) {
        // Between two layers of a load the strip stays (no flicker); a raster read that ended goes at once.
        if (!mLoader->isLoading())
            hide();
        return;
    }
    if (isHidden()) {
        mCancel->setEnabled(true);
        show();
    }
}

bool LoadProgressBar::showLoad()
{
    const std::optional<LayerLoader::Progress> progress = mLoader->progress();
    if (!progress)
        return false;
    const QLocale locale;
    if (progress->total > 0) {
        // QProgressBar takes int: count in permille so a layer of any size fits.
        mBar->setRange(0, 1000);
        mBar->setValue(int(std::min<qint64>(1000, progress->done * 1000 / progress->total)));
        mLabel->setText(LoadProgressBar::tr("Loading %1: %2 of %3 features")
                            .arg(progress->layerName, locale.toString(progress->done), locale.toString(progress->total)));
    } else {
        mBar->setRange(0, 0);   // busy indicator: the driver cannot tell the count without reading it all
        mLabel->setText(progress->done > 0 ? LoadProgressBar::tr("Loading %1: %2 features")
                                                 .arg(progress->layerName, locale.toString(progress->done))
                                           : LoadProgressBar::tr("Loading %1…").arg(progress->layerName));
    }
    return true;
}

bool LoadProgressBar::showRasterRead()
{
    const std::optional<RasterReadProgress::Reading> reading = mCanvas->rasterReading();
    if (!reading || reading->elapsed < kRasterShowAfter)
        return false;
    mBar->setRange(0, 1000);
    mBar->setValue(int(std::clamp(reading->done, 0.0, 1.0) * 1000));
    mLabel->setText(LoadProgressBar::tr("Reading raster %1").arg(reading->layerName));
    return true;
}

} // namespace yc
