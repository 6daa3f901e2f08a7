// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/encoding_detect.h"
#include "io/gdal_support.h"

#include <cpl_string.h>

#include <QFile>
#include <QList>

#include <algorithm>

namespace yc {

namespace {

enum class Check { Invalid, Valid, ValidWithFourByte };

/// Valid UTF-8 (shortest forms, no surrogates). A sequence cut off at the very end is accepted: a DBF
/// field of fixed width may cut a character in two.
bool isUtf8(const QByteArray &s)
{
    const auto *b = reinterpret_cast<const unsigned char *>(s.constData());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = b[i];
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF;   // range of the first continuation byte
        if (c < 0x80) { ++i; continue; }
        if (c >= 0xC2 && c <= 0xDF) extra = 1;
        else if (c == 0xE0) { extra = 2; lo = 0xA0; }
        else if (c == 0xED) { extra = 2; hi = 0x9F; }
        else if (c >= 0xE1 && c <= 0xEF) extra = 2;
        else if (c == 0xF0) { extra = 3; lo = 0x90; }
        else if (c == 0xF4) { extra = 3; hi = 0x8F; }
        else if (c >= 0xF1 && c <= 0xF3) extra = 3;
        else return false;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return true;   // cut off at the end
            const unsigned char t = b[i + k];
            if (k == 1 ? (t < lo || t > hi) : (t < 0x80 || t > 0xBF))
                return false;
        }
        i += extra + 1;
    }
    return true;
}

/// GBK double-byte pairs, plus GB18030 four-byte sequences. A character cut off at the end is accepted;
/// `whole` receives the length of the complete characters.
Check checkGb(const QByteArray &s, qsizetype *whole = nullptr)
{
    const auto *b = reinterpret_cast<const unsigned char *>(s.constData());
    const qsizetype n = s.size();
    bool fourByte = false;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = b[i];
        if (c < 0x80) { ++i; continue; }
        if (c == 0x80 || c == 0xFF)
            return Check::Invalid;
        if (i + 1 >= n)
            break;
        const unsigned char t = b[i + 1];
        if (t >= 0x40 && t <= 0xFE && t != 0x7F) {
            i += 2;
        } else if (t >= 0x30 && t <= 0x39) {
            if (i + 3 >= n)
                break;
            if (b[i + 2] < 0x81 || b[i + 2] > 0xFE || b[i + 3] < 0x30 || b[i + 3] > 0x39)
                return Check::Invalid;
            fourByte = true;
            i += 4;
        } else {
            return Check::Invalid;
        }
    }
    if (whole)
        *whole = i;
    return fourByte ? Check::ValidWithFourByte : Check::Valid;
}

/// Whether GDAL's recoder (iconv) turns `s` into UTF-8 from `encoding` without complaint.
bool recodesCleanly(const QByteArray &s, const char *encoding)
{
    detail::GdalErrorCapture capture;
    char *utf8 = CPLRecode(s.constData(), encoding, CPL_ENC_UTF8);
    // GDAL warns about unconvertible bytes only once per process and puts '?' in their place, so also
    // count the question marks.
    const QByteArray out(utf8 ? utf8 : "");
    const bool ok = utf8 && capture.message().isEmpty() && isUtf8(out) && out.count('?') == s.count('?');
    CPLFree(utf8);
    return ok;
}

bool hasNonAscii(const QByteArray &s)
{
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    return false;
}

quint32 littleEndian(const QByteArray &b, int offset, int bytes)
{
    quint32 v = 0;
    for (int k = bytes - 1; k >= 0; --k)
        v = (v << 8) | static_cast<unsigned char>(b.at(offset + k));
    return v;
}

/// Judges text values (field values, each possibly cut at its end) together.
TextEncodingGuess judge(const QList<QByteArray> &values)
{
    bool allUtf8 = true;
    bool anyNonAscii = false;
    for (const QByteArray &v : values) {
        if (!hasNonAscii(v))
            continue;
        anyNonAscii = true;
        allUtf8 = allUtf8 && isUtf8(v);
    }
    if (!anyNonAscii)
        return TextEncodingGuess::Ascii;
    if (allUtf8)
        return TextEncodingGuess::Utf8;
    bool fourByte = false;
    QByteArray whole;   // complete characters only: iconv rejects a cut-off one
    for (const QByteArray &v : values) {
        qsizetype length = 0;
        const Check gb = checkGb(v, &length);
        if (gb == Check::Invalid)
            return TextEncodingGuess::Unknown;
        fourByte = fourByte || gb == Check::ValidWithFourByte;
        whole += v.left(length) + '\n';
    }
    if (!recodesCleanly(whole, fourByte ? "GB18030" : "CP936"))
        return TextEncodingGuess::Unknown;
    return fourByte ? TextEncodingGuess::Gb18030 : TextEncodingGuess::Cp936;
}

} // namespace

TextEncodingGuess guessTextEncoding(const QByteArray &bytes)
{
    return judge({bytes});
}

QString encodingName(TextEncodingGuess guess)
{
    switch (guess) {
    case TextEncodingGuess::Utf8: return QStringLiteral("UTF-8");
    case TextEncodingGuess::Cp936: return QStringLiteral("CP936");
    case TextEncodingGuess::Gb18030: return QStringLiteral("GB18030");
    case TextEncodingGuess::Ascii:
    case TextEncodingGuess::Unknown: break;
    }
    return {};
}

TextEncodingGuess detectDbfEncoding(const QString &dbfPath, int maxRecords)
{
    QFile file(dbfPath);
    if (!file.open(QIODevice::ReadOnly))
        return TextEncodingGuess::Unknown;
    const QByteArray header = file.read(32);
    if (header.size() < 32)
        return TextEncodingGuess::Unknown;
    const quint32 recordCount = littleEndian(header, 4, 4);
    const quint32 headerSize = littleEndian(header, 8, 2);
    const quint32 recordSize = littleEndian(header, 10, 2);
    if (headerSize < 33 || recordSize < 1)
        return TextEncodingGuess::Unknown;

    struct Field { int offset; int length; };
    QList<Field> textFields;
    const QByteArray descriptors = file.read(headerSize - 32);
    int offset = 1;   // each record starts with its deletion flag
    for (int d = 0; d + 32 <= descriptors.size() && descriptors.at(d) != '\x0D'; d += 32) {
        const int length = static_cast<unsigned char>(descriptors.at(d + 16));
        if (descriptors.at(d + 11) == 'C')
            textFields.append({offset, length});
        offset += length;
    }
    if (textFields.isEmpty())
        return TextEncodingGuess::Ascii;

    QList<QByteArray> values;
    file.seek(headerSize);
    const quint32 records = std::min<quint32>(recordCount, quint32(std::max(0, maxRecords)));
    for (quint32 r = 0; r < records; ++r) {
        const QByteArray record = file.read(recordSize);
        if (record.size() < int(recordSize))
            break;   // a truncated file: judge what is there
        for (const Field &f : std::as_const(textFields)) {
            const QByteArray value = record.mid(f.offset, f.length).trimmed();
            if (hasNonAscii(value))
                values.append(value);
        }
    }
    return judge(values);
}

} // namespace yc
