// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/vector_data.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QThread>

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
