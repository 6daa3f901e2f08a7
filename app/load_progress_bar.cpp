// SPDX-License-Identifier: GPL-3.0-or-later
#include "load_progress_bar.h"

#include "layer_loader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace yc {

namespace {
constexpr int kPollMs = 100;
}

LoadProgressBar::LoadProgressBar(LayerLoader *loader, QWidget *parent)
    : QWidget(parent), mLoader(loader), mLabel(new QLabel(this)), mBar(new QProgressBar(this)),
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
    // Gone as soon as the layers are there (or the load is cancelled), not at the next poll.
    connect(mLoader, &LayerLoader::loaded, this, &QWidget::hide);
    connect(mCancel, &QPushButton::clicked, this, [this]() {
        mLoader->cancel();
        mCancel->setEnabled(false);   // until the worker notices, at its next batch of features
    });
}

void LoadProgressBar::refresh()
{
    if (!mLoader->isLoading()) {
        mPoll->stop();
        hide();
        return;
    }
    const std::optional<LayerLoader::Progress> progress = mLoader->progress();
    if (!progress)
        return;   // only layers already read are being reused: nothing to wait for
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
    if (isHidden()) {
        mCancel->setEnabled(true);
        show();
    }
}

} // namespace yc
