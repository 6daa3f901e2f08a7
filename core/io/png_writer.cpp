// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/png_writer.h"

#include <libdeflate.h>
#include <zlib.h>

#include <QFile>
#include <QImage>
#include <QtEndian>

#include <future>
#include <memory>
#include <vector>

namespace yc {

namespace {

struct CompressorFree {
    void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
};

std::size_t rowBytes(int width, bool alpha) { return 1 + std::size_t(alpha ? 4 : 3) * std::size_t(width); }

/// Below this many bytes of scanlines one thread compresses them all (a thread costs more than it saves).
constexpr std::size_t kSplitFrom = 1 << 20;

/// Rows [from, to) of `argb` (RGB32 or ARGB32, premultiplied or not) as PNG scanlines into `out`: a filter
/// byte (0: none) before each row of R,G,B[,A] bytes. Returns whether every pixel was opaque. (`out` is not
/// zero-filled first: every byte is written.)
bool scanlines(const QImage &argb, bool alpha, int from, int to, unsigned char *out)
{
    const int width = argb.width();
    const std::size_t stride = rowBytes(width, alpha);
    QRgb all = 0xffffffff;
    for (int y = from; y < to; ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        unsigned char *o = out + stride * std::size_t(y - from);
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
    return qAlpha(all) == 255;
}

/// A raw deflate stream; size 0 when compressing failed.
struct Deflated {
    std::unique_ptr<unsigned char[]> data;
    std::size_t size = 0;
};

/// Raw deflate of `size` bytes at `data` at libdeflate's fastest level.
Deflated deflated(const unsigned char *data, std::size_t size)
{
    const std::unique_ptr<libdeflate_compressor, CompressorFree> compressor(libdeflate_alloc_compressor(1));
    if (!compressor)
        return {};
    const std::size_t bound = libdeflate_deflate_compress_bound(compressor.get(), size);
    Deflated out{std::unique_ptr<unsigned char[]>(new unsigned char[bound]), 0};
    out.size = libdeflate_deflate_compress(compressor.get(), data, size, out.data.get(), bound);
    return out;
}

/// Where the last block of a raw deflate stream starts and where the stream ends, in bits from its
/// start. libdeflate has no flush, so this is how a part compressed on its own is made to go on: zlib's
/// inflate stops at each block boundary (Z_BLOCK), also after the last block, and tells how many bits of its
/// last byte it left unread.
struct StreamEnd {
    bool found = false;   ///< false: not a whole raw deflate stream
    std::size_t lastBlock = 0;
    std::size_t end = 0;
};

StreamEnd findStreamEnd(const Deflated &stream)
{
    z_stream z{};
    StreamEnd found;
    if (inflateInit2(&z, -15) != Z_OK)
        return found;
    const auto bitsRead = [&z] { return std::size_t(z.total_in) * 8 - std::size_t(z.data_type & 7); };
    z.next_in = stream.data.get();
    z.avail_in = uInt(stream.size);
    unsigned char scratch[65536];   // the output is not wanted: inflate keeps its own window
    for (;;) {
        if (z.avail_out == 0) {
            z.next_out = scratch;
            z.avail_out = sizeof scratch;
        }
        const int rc = inflate(&z, Z_BLOCK);
        if (rc == Z_STREAM_END) {
            found.found = found.end > 0;
            break;
        }
        if ((rc != Z_OK && rc != Z_BUF_ERROR) || (rc == Z_BUF_ERROR && z.avail_out > 0))
            break;
        // Between blocks (128), after the last one (64): the end, before the padding to a whole byte.
        if ((z.data_type & 128) && (z.data_type & 64))
            found.end = bitsRead();
        else if (z.data_type & 128)
            found.lastBlock = bitsRead();
    }
    inflateEnd(&z);
    return found;
}

/// The zlib stream (RFC 1950) of `raw`. Over about a megabyte, the upper part and the lower part are
/// compressed on two threads and joined: the upper part's last block made non-final and followed by an
/// empty stored block, which ends on a byte boundary, then the lower part as it is. The thread with the
/// upper part also finds where its stream ends, so it takes less of the rows.
std::vector<unsigned char> zlibStream(const unsigned char *raw, std::size_t size, std::size_t splitAt)
{
    std::vector<unsigned char> out{0x78, 0x01};   // deflate, 32 KiB window, fastest level
    const auto append = [&out](const unsigned char *data, std::size_t n) { out.insert(out.end(), data, data + n); };
    bool joined = false;
    if (splitAt > 0 && splitAt < size) {
        auto lower = std::async(std::launch::async, [&] { return deflated(raw + splitAt, size - splitAt); });
        const Deflated upper = deflated(raw, splitAt);
        const StreamEnd end = upper.size > 0 ? findStreamEnd(upper) : StreamEnd();
        const Deflated rest = lower.get();
        if (end.found && rest.size > 0) {
            out.reserve(upper.size + rest.size + 16);
            append(upper.data.get(), (end.end + 7) / 8);
            out[2 + end.lastBlock / 8] &= static_cast<unsigned char>(~(1u << (end.lastBlock % 8)));   // BFINAL
            // A stored block's 3 header bits (zero: not final, stored) go in the unused bits of the last byte
            // when they fit, else in a new one; then LEN 0 and NLEN 0xffff on the next byte boundary.
            if (end.end % 8 == 0 || end.end % 8 > 5)
                out.push_back(0);
            out.insert(out.end(), {0x00, 0x00, 0xff, 0xff});
            append(rest.data.get(), rest.size);
            joined = true;
        }
    }
    if (!joined) {
        const Deflated whole = deflated(raw, size);
        if (whole.size == 0)
            return {};
        out.resize(2);
        append(whole.data.get(), whole.size);
    }
    char adler[4];
    qToBigEndian<quint32>(quint32(libdeflate_adler32(1, raw, size)), adler);
    out.insert(out.end(), adler, adler + 4);
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
    // The rows as RGB, the upper part and the lower part on two threads; again as RGBA, on one, when a
    // pixel turns out not to be opaque.
    bool alpha = false;
    std::size_t rawSize = rowBytes(argb.width(), false) * std::size_t(argb.height());
    std::unique_ptr<unsigned char[]> raw(new unsigned char[rawSize]);
    const bool split = rawSize >= kSplitFrom && argb.height() >= 2;
    // The upper part's thread also finds the end of its stream, which takes about half as long as compressing.
    const int splitRow = split ? argb.height() * 2 / 5 : argb.height();
    const std::size_t splitAt = rowBytes(argb.width(), false) * std::size_t(splitRow);
    auto lowerOpaque = std::async(split ? std::launch::async : std::launch::deferred,
                                  [&] { return scanlines(argb, false, splitRow, argb.height(), raw.get() + splitAt); });
    const bool upperOpaque = scanlines(argb, false, 0, splitRow, raw.get());
    if (!lowerOpaque.get() || !upperOpaque) {
        alpha = true;
        argb = argb.convertToFormat(QImage::Format_ARGB32);
        rawSize = rowBytes(argb.width(), true) * std::size_t(argb.height());
        raw.reset(new unsigned char[rawSize]);
        scanlines(argb, true, 0, argb.height(), raw.get());
    }
    const std::vector<unsigned char> idat =
        zlibStream(raw.get(), rawSize, split && !alpha ? splitAt : 0);
    if (idat.empty())
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
                         && writeChunk(file, "IDAT", reinterpret_cast<const char *>(idat.data()), idat.size())
                         && writeChunk(file, "IEND", nullptr, 0);
    file.close();
    if (!written || file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    return true;
}

} // namespace yc
