// SPDX-License-Identifier: GPL-3.0-or-later
// The fast PNG writer of the render command: what Qt reads back is the image written, opaque ones as RGB,
// translucent ones as RGBA, other formats converted; a file that cannot be written is an error.
#include "io/png_writer.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstring>

using namespace yc;

namespace {

/// A small map-like picture: white, antialiased lines in two colours, and a row of every grey.
QImage drawing(QImage::Format format, const QColor &background = Qt::white)
{
    QImage image(QSize(301, 157), format);   // odd sizes: no row is a multiple of anything
    image.fill(background);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(30, 90, 200), 1.3));
    for (int i = 0; i < 20; ++i)
        p.drawLine(QPointF(3.3 * i, 0), QPointF(300 - 7.1 * i, 156));
    p.setPen(QPen(QColor(200, 40, 40, 160), 4));
    p.drawEllipse(QPointF(150, 78), 60, 40);
    for (int x = 0; x < 256 && x < image.width(); ++x)
        image.setPixelColor(x, 0, QColor(x, x, x));
    return image;
}

bool samePixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return false;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    for (int row = 0; row < x.height(); ++row)
        if (std::memcmp(x.constScanLine(row), y.constScanLine(row), std::size_t(x.width()) * 4) != 0)
            return false;
    return true;
}

} // namespace

TEST(PngWriter, OpaqueImageReadsBackTheSameAsRgb)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.png"));
    QImage image = drawing(QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(11811);   // 300 dpi
    image.setDotsPerMeterY(11811);
    QString error;
    ASSERT_TRUE(writePng(image, path, &error)) << error.toStdString();
    const QImage back(path);
    ASSERT_FALSE(back.isNull());
    EXPECT_FALSE(back.hasAlphaChannel());
    EXPECT_TRUE(samePixels(back, image));
    EXPECT_EQ(back.dotsPerMeterX(), 11811);
    EXPECT_EQ(back.dotsPerMeterY(), 11811);
}

TEST(PngWriter, TranslucentImageKeepsItsAlpha)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overlay.png"));
    const QImage image = drawing(QImage::Format_ARGB32_Premultiplied, Qt::transparent);
    ASSERT_TRUE(writePng(image, path));
    const QImage back(path);
    ASSERT_FALSE(back.isNull());
    EXPECT_TRUE(back.hasAlphaChannel());
    // PNG keeps straight alpha: the premultiplied pixels, unpremultiplied, are what comes back.
    EXPECT_TRUE(samePixels(back, image.convertToFormat(QImage::Format_ARGB32)));
}

TEST(PngWriter, OtherFormatsAreConverted)
{
    QTemporaryDir dir;
    for (const QImage::Format format : {QImage::Format_RGB32, QImage::Format_RGB888, QImage::Format_Grayscale8,
                                        QImage::Format_ARGB32}) {
        const QString path = dir.filePath(QStringLiteral("f%1.png").arg(int(format)));
        const QImage image = drawing(format);
        ASSERT_TRUE(writePng(image, path)) << int(format);
        EXPECT_TRUE(samePixels(QImage(path), image)) << int(format);
    }
}

TEST(PngWriter, BigImageCompressedInTwoPartsReadsBackAsOne)
{
    // Over a megabyte of rows: the upper and the lower part are compressed on their own and joined. Noise at
    // the top (stored blocks), a drawing below (Huffman blocks), a band of noise across the split.
    QImage image(1000, 700, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.drawImage(QRect(0, 0, 1000, 700), drawing(QImage::Format_ARGB32_Premultiplied));
    }
    QRandomGenerator random(4);
    for (int y : {0, 1, 2, 3, 279, 280, 281})   // 280: the first row of the lower part
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, 0xff000000u | (random.generate() & 0xffffffu));
    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("ours.png"));
    ASSERT_TRUE(writePng(image, ours));
    const QImage back(ours);
    ASSERT_FALSE(back.isNull());
    EXPECT_TRUE(samePixels(back, image));

    // GDAL's PNG driver (libpng) reads the same pixels as from Qt's own PNG of the image.
    const QString gdalinfo = QStandardPaths::findExecutable(QStringLiteral("gdalinfo"));
    if (gdalinfo.isEmpty())
        GTEST_SKIP() << "needs gdalinfo";
    const QString qts = dir.filePath(QStringLiteral("qt.png"));
    ASSERT_TRUE(image.convertToFormat(QImage::Format_RGB32).save(qts));   // RGB, as ours
    const auto checksums = [&](const QString &path) {
        QProcess run;
        run.start(gdalinfo, {QStringLiteral("-checksum"), path});
        EXPECT_TRUE(run.waitForFinished(30000) && run.exitCode() == 0) << run.readAllStandardError().toStdString();
        QStringList out;
        for (const QString &line : QString::fromUtf8(run.readAllStandardOutput()).split(QLatin1Char('\n')))
            if (line.contains(QLatin1String("Checksum=")))
                out << line.trimmed();
        return out;
    };
    const QStringList expected = checksums(qts);
    EXPECT_EQ(expected.size(), 3);
    EXPECT_EQ(checksums(ours), expected);
}

TEST(PngWriter, UnwritablePathIsAnError)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(writePng(drawing(QImage::Format_RGB32), dir.filePath(QStringLiteral("no/such/folder/x.png")), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(writePng(QImage(), dir.filePath(QStringLiteral("empty.png")), &error));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("empty.png"))));
}
