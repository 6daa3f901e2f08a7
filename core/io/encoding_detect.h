// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace yc {

/// What the bytes of some text say about their encoding.
enum class TextEncodingGuess {
    Ascii,      ///< no byte above 0x7F: any of the encodings below reads it the same
    Utf8,       ///< the non-ASCII bytes form valid UTF-8
    Cp936,      ///< not UTF-8, but valid GBK (CP936) and GDAL's iconv decodes it cleanly
    Gb18030,    ///< as Cp936, but with GB18030's four-byte sequences
    Unknown,    ///< none of these fits
};

/// Judges `bytes` (UTF-8 is tried first: Chinese in UTF-8 is often also valid GBK, the reverse rarely).
TextEncodingGuess guessTextEncoding(const QByteArray &bytes);

/// The GDAL/iconv name of a guess ("UTF-8", "CP936", "GB18030"); empty for Ascii and Unknown.
QString encodingName(TextEncodingGuess guess);

/// Reads the character fields of up to `maxRecords` records of a dBASE (.dbf) file raw and guesses their
/// encoding. Unknown when the file cannot be read as a DBF.
TextEncodingGuess detectDbfEncoding(const QString &dbfPath, int maxRecords = 5000);

} // namespace yc
