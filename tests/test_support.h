// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/vector_data.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

namespace yc::test {

/// The repository's top folder (for seeds/, maps/ and the sources).
QString sourceDir();
/// tests/data/
QString dataDir();
/// The built yuncheng-planner executable.
QString plannerBinary();
/// The report text bundled in seeds/.
QString bundledReportText();
/// `count` random walks of `vertices` points each in and around Yuncheng (EPSG:4490), from a fixed seed.
VectorData randomWalkLines(int count, int vertices, const QString &name = QStringLiteral("lines"));
/// Writes `bytes` to the file `name` in `dir`; returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
/// Page 1 of `pdf` rendered by poppler (pdftoppm) at 300 dpi, as RGB32; a test failure and a null image
/// when pdftoppm cannot run.
QImage rasterizePdf(const QString &pdf);

/// How two images of one size differ: the pixels whose largest channel difference is above `tolerance`, and
/// the largest difference of all. Pixels for which `skip` holds are left out.
struct ImageDifference {
    int differing = 0;
    int largest = 0;
};
ImageDifference imageDifference(const QImage &a, const QImage &b, int tolerance,
                                const std::function<bool(QPoint)> &skip = {});

/// Processes events until `done()` holds (true) or `timeoutMs` passes (false): for GUI tests that wait on
/// background rendering or loading.
template<typename Predicate>
bool waitFor(Predicate done, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

} // namespace yc::test
