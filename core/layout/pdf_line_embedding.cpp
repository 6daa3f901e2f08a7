// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/pdf_line_embedding.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>
#include <optional>

namespace yc {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct EmbeddingText {
    Q_DECLARE_TR_FUNCTIONS(yc::PdfLineEmbedding)
};

/// The colour of a one-pixel image object as QPdfWriter writes them (Flate or raw; RGB or grey); nullopt
/// for anything else.
std::optional<QRgb> onePixelColour(const PdfFile &file, int object, const QByteArray &dictionary)
{
    static const QRegularExpression onePixel(QStringLiteral("/Width\\s+1\\b.*/Height\\s+1\\b"),
                                             QRegularExpression::DotMatchesEverythingOption);
    if (!onePixel.match(QString::fromLatin1(dictionary)).hasMatch() || dictionary.contains("/DCTDecode"))
        return std::nullopt;
    QByteArray data = file.streamData(object);
    if (dictionary.contains("/FlateDecode")) {
        // qUncompress wants the expected size first (big-endian); it grows the buffer when that is too small.
        data = qUncompress(QByteArray("\0\0\0\x10", 4) + data);
    }
    if (dictionary.contains("/DeviceGray") && data.size() >= 1)
        return qRgb(quint8(data[0]), quint8(data[0]), quint8(data[0]));
    if (data.size() >= 3)
        return qRgb(quint8(data[0]), quint8(data[1]), quint8(data[2]));
    return std::nullopt;
}

} // namespace

bool embedLineForms(const PdfFile &file, PdfUpdate &update, const std::vector<PdfLineForm> &forms, QString *error)
{
    if (forms.empty())
        return true;
    std::map<QRgb, QList<int>> onePixelImages;
    for (const auto &[object, offset] : file.objects()) {
        const QByteArray dict = file.value(object);
        if (!dict.startsWith("<<") || !dict.contains("/Subtype /Image"))
            continue;
        if (const std::optional<QRgb> colour = onePixelColour(file, object, dict))
            onePixelImages[*colour] << object;
    }
    for (const PdfLineForm &form : forms) {
        const QList<int> images = onePixelImages[form.placeholder];
        if (images.size() != 1) {
            if (error)
                *error = EmbeddingText::tr("found %n placeholder(s) of a line layer instead of one", nullptr,
                                           int(images.size()));
            return false;
        }
        const QByteArray bbox = "/BBox [0 0 " + QByteArray::number(form.frame.width()) + ' '
                              + QByteArray::number(form.frame.height()) + ']';
        QByteArray resources;
        QByteArray draw = form.state + '\n';   // the chunks inherit the pen from here
        for (std::size_t i = 0; i < form.chunks.size(); ++i) {
            const PdfContentChunk &c = form.chunks[i];
            const QByteArray parameters = c.rowWidth > 0 ? " /DecodeParms << /Predictor 2 /Colors "
                                                               + QByteArray::number(c.rowWidth) + " /Columns "
                                                               + QByteArray::number(PdfLineForms::kRowsPerLine) + " >>"
                                                         : QByteArray();
            const int chunk = update.addStream("<< /Type /XObject /Subtype /Form " + bbox
                                                   + " /Resources << >> /Filter /FlateDecode" + parameters + " >>",
                                               c.data);
            const QByteArray name = "/L" + QByteArray::number(qulonglong(i));
            resources += name + ' ' + QByteArray::number(chunk) + " 0 R ";
            draw += name + " Do\n";
        }
        // QPdfWriter draws an image into the unit square (y up) of its rectangle: map the frame's device
        // pixels (y down) onto it. 1/65536 has an exact decimal: the page's transform stays exact.
        const QByteArray scale = QByteArray::number(1.0 / PdfLineForms::kPlaceholderSide, 'f', 16);
        const QByteArray matrix = "/Matrix [" + scale + " 0 0 -" + scale + " 0 1]";
        update.replaceStream(images.first(),
                             "<< /Type /XObject /Subtype /Form " + bbox + ' ' + matrix + " /Resources << /XObject << "
                                 + resources + ">> >> >>",
                             draw);
    }
    return true;
}

} // namespace yc
