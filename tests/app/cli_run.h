// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs yuncheng-planner and GDAL's command-line tools from the CLI tests (fixtures are made with the
// real tools, as a planner would make them).

#include "test_support.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace yc::test {

struct ProcessRun {
    int exitCode = -1;     ///< -1 when it crashed or timed out
    bool timedOut = false;
    QString out;
    QString err;
};

inline ProcessRun runProgram(const QString &program, const QStringList &args, const QString &runtimeDir,
                             int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessRun run;
    if (!p.waitForFinished(timeoutMs)) {
        run.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    run.exitCode = !run.timedOut && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

/// `yuncheng-planner COMMAND ARGS…`, offscreen, with a time limit so a hang fails the test.
inline ProcessRun runPlanner(const QString &command, const QStringList &args, const QString &runtimeDir)
{
    return runProgram(plannerBinary(), QStringList{command} + args, runtimeDir);
}

/// A GDAL tool (ogr2ogr, gdal_translate, gdaladdo); fails the test when it does.
inline void runGdalTool(const QString &tool, const QStringList &args, const QString &runtimeDir)
{
    const ProcessRun run = runProgram(tool, args, runtimeDir);
    ASSERT_EQ(run.exitCode, 0) << tool.toStdString() << ": " << run.err.toStdString();
}

inline void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(text);
}

/// A north-up GeoTIFF in EPSG:4546 covering [x0, x0 + w·pixel] × [y0 − h·pixel, y0]: a red-to-blue gradient
/// (left to right) that goes dark towards the bottom, with overviews 2 and 4 (made with gdal_translate and
/// gdaladdo from a PNG and its world file).
inline void writeGradientGeoTiff(const QString &tif, double x0, double y0, double pixel, int w, int h,
                                 const QString &runtimeDir)
{
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const double shade = 1.0 - 0.6 * y / h;
            image.setPixel(x, y, qRgb(int(255 * (1.0 - double(x) / w) * shade), 60, int(255 * double(x) / w * shade)));
        }
    const QString png = tif + QStringLiteral(".png");
    ASSERT_TRUE(image.save(png, "PNG"));
    // World file X.tif.pgw for X.tif.png: pixel sizes, rotations, then the centre of the top-left pixel.
    const QString world = QStringLiteral("%1\n0\n0\n%2\n%3\n%4\n")
                              .arg(pixel, 0, 'f', 6).arg(-pixel, 0, 'f', 6)
                              .arg(x0 + pixel / 2, 0, 'f', 6).arg(y0 - pixel / 2, 0, 'f', 6);
    writeText(tif + QStringLiteral(".pgw"), world.toUtf8());
    runGdalTool(QStringLiteral("gdal_translate"),
                {QStringLiteral("-q"), QStringLiteral("-of"), QStringLiteral("GTiff"), QStringLiteral("-a_srs"),
                 QStringLiteral("EPSG:4546"), png, tif}, runtimeDir);
    runGdalTool(QStringLiteral("gdaladdo"), {QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("average"), tif,
                                             QStringLiteral("2"), QStringLiteral("4")}, runtimeDir);
    QFile::remove(png);
    QFile::remove(tif + QStringLiteral(".pgw"));
}

/// A GeoTIFF in EPSG:4546 of `size` × `size` pixels at `pixel` m with its top-left corner at (x0, y0), three
/// bands of one colour (200, 120, 40), tiled, compressed and without overviews: small on disk, but a view
/// of all of it decodes every pixel (`size` 16,000: about a second).
inline void writeGeoTiffWithoutOverviews(const QString &tif, double x0, double y0, double pixel, int size,
                                         const QString &runtimeDir)
{
    const double extent = size * pixel;
    runGdalTool(QStringLiteral("gdal_create"),
                {QStringLiteral("-q"), QStringLiteral("-of"), QStringLiteral("GTiff"), QStringLiteral("-outsize"),
                 QString::number(size), QString::number(size), QStringLiteral("-bands"), QStringLiteral("3"),
                 QStringLiteral("-burn"), QStringLiteral("200"), QStringLiteral("-burn"), QStringLiteral("120"),
                 QStringLiteral("-burn"), QStringLiteral("40"), QStringLiteral("-a_srs"), QStringLiteral("EPSG:4546"),
                 QStringLiteral("-a_ullr"), QString::number(x0, 'f', 3), QString::number(y0, 'f', 3),
                 QString::number(x0 + extent, 'f', 3), QString::number(y0 - extent, 'f', 3), QStringLiteral("-co"),
                 QStringLiteral("TILED=YES"), QStringLiteral("-co"), QStringLiteral("COMPRESS=DEFLATE"), tif},
                runtimeDir);
}

} // namespace yc::test
