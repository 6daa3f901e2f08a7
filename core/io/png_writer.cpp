// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/png_writer.h"

#include <libdeflate.h>

#include <QFile>
#include <QImage>
#include <QtEndian>

#include <memory>

namespace yc {

namespace {

struct CompressorFree {
    void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
};

/// The rows of `argb` (RGB32 or ARGB32, premultiplied or not) as PNG scanlines: a filter byte (0: none)
/// before each row of R,G,B[,A] bytes. `opaque` tells whether every pixel was. (The buffer is not zero-filled
/// first: every byte is written.)
std::unique_ptr<unsigned char[]> scanlines(const QImage &argb, bool alpha, std::size_t *size, bool *opaque)
{
    const int width = argb.width();
    const std::size_t stride = 1 + std::size_t(alpha ? 4 : 3) * std::size_t(width);
    *size = stride * std::size_t(argb.height());
    std::unique_ptr<unsigned char[]> out(new unsigned char[*size]);
    QRgb all = 0xffffffff;
    for (int y = 0; y < argb.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        unsigned char *o = out.get() + stride * std::size_t(y);
        *o++ = 0;
        for (int x = 0; x < width; ++x) {
            const QRgb p = row[x];
            all &= p;
            *o++ = static_cast<unsigned char>(qRed(p));
            *o++ = static_cast<unsigned char>(qGreen(p));
            *o++ = static_cast<unsigned char>(qBlue(p));
            if (alpha)
                *o++ = static_cast<unsigned char>(qAlpha(p));
        }
    }
    *opaque = qAlpha(all) == 255;
    return out;
}

/// Writes one PNG chunk: length, type, data, and the CRC of type and data.
bool writeChunk(QFile &file, const char type[4], const char *data, std::size_t size)
{
    char length[4];
    qToBigEndian<quint32>(quint32(size), length);
    char crc[4];
    // (libdeflate_crc32 of a null buffer is the initial value, not the CRC so far.)
    const quint32 typeCrc = libdeflate_crc32(0, type, 4);
    qToBigEndian<quint32>(size > 0 ? libdeflate_crc32(typeCrc, data, size) : typeCrc, crc);
    return file.write(length, 4) == 4 && file.write(type, 4) == 4
           && file.write(data, qint64(size)) == qint64(size) && file.write(crc, 4) == 4;
}

/// Big-endian 32-bit values followed by `tail`, as PNG's header chunks lay them out.
QByteArray bigEndian(std::initializer_list<quint32> values, std::initializer_list<char> tail)
{
    QByteArray out;
    for (const quint32 v : values) {
        char b[4];
        qToBigEndian<quint32>(v, b);
        out.append(b, 4);
    }
    for (const char c : tail)
        out.append(c);
    return out;
}

} // namespace

bool writePng(const QImage &image, const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (image.isNull())
        return fail(QStringLiteral("no image to write"));
    // Premultiplied or not, an opaque pixel reads the same: an opaque image is written as RGB straight away.
    // Otherwise it is written again as RGBA, unpremultiplied.
    const QImage::Format format = image.format();
    QImage argb = format == QImage::Format_RGB32 || format == QImage::Format_ARGB32
                          || format == QImage::Format_ARGB32_Premultiplied
                      ? image
                      : image.convertToFormat(QImage::Format_ARGB32);
    std::size_t rawSize = 0;
    bool opaque = true;
    std::unique_ptr<unsigned char[]> raw = scanlines(argb, false, &rawSize, &opaque);
    const bool alpha = !opaque;
    if (alpha) {
        argb = argb.convertToFormat(QImage::Format_ARGB32);
        raw = scanlines(argb, true, &rawSize, &opaque);
    }

    const std::unique_ptr<libdeflate_compressor, CompressorFree> compressor(libdeflate_alloc_compressor(1));
    if (!compressor)
        return fail(QStringLiteral("out of memory"));
    const std::size_t bound = libdeflate_zlib_compress_bound(compressor.get(), rawSize);
    const std::unique_ptr<char[]> idat(new char[bound]);
    const std::size_t packed = libdeflate_zlib_compress(compressor.get(), raw.get(), rawSize, idat.get(), bound);
    if (packed == 0)
        return fail(QStringLiteral("cannot compress the image"));

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(file.errorString());
    // Width, height; bit depth 8, colour type 2 (RGB) or 6 (RGBA), deflate, filter method 0, no interlace.
    const QByteArray header = bigEndian({quint32(argb.width()), quint32(argb.height())}, {8, char(alpha ? 6 : 2), 0, 0, 0});
    // Pixels per metre (unit 1), as Qt's writer keeps the image's resolution.
    const QByteArray resolution = bigEndian({quint32(argb.dotsPerMeterX()), quint32(argb.dotsPerMeterY())}, {1});
    const bool written = file.write("\x89PNG\r\n\x1a\n", 8) == 8
                         && writeChunk(file, "IHDR", header.constData(), std::size_t(header.size()))
                         && (argb.dotsPerMeterX() <= 0 || argb.dotsPerMeterY() <= 0
                             || writeChunk(file, "pHYs", resolution.constData(), std::size_t(resolution.size())))
                         && writeChunk(file, "IDAT", idat.get(), packed) && writeChunk(file, "IEND", nullptr, 0);
    file.close();
    if (!written || file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    return true;
}

} // namespace yc
