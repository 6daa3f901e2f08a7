// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Dense line layers written into a PDF by us rather than through QPainter. QPdfWriter formats every vertex of
// a path and compresses the page with zlib at level 6 on one thread: for the hundreds of thousands of lines
// of a big base layer that was most of an export's time. Here the lines become PDF content operators that
// are formatted and compressed (libdeflate) in chunks on all cores, each chunk a Form XObject.
//
// QPainter draws a one-pixel placeholder image where the lines go, so everything QPdfWriter writes around them
// keeps its order, clip and transform; the exporter then swaps each placeholder's image object for a form
// that draws the chunks (layout/pdf_line_embedding.h). The placeholders are told apart by their colour.

#include "geo/packed_geometry.h"

#include <QByteArray>
#include <QPen>
#include <QPoint>
#include <QRgb>
#include <QSize>

#include <atomic>
#include <mutex>
#include <vector>

class QPainter;

namespace yc {

/// Part of a layer's content: zlib-compressed path operators.
struct PdfContentChunk {
    QByteArray data;
    /// When above 0, the operators are rows of this many bytes stored with TIFF's predictor, each row a pixel
    /// (/DecodeParms << /Predictor 2 /Colors rowWidth /Columns PdfLineForms::kRowsPerLine >>); else plain.
    int rowWidth = 0;
};

/// The lines of one layer, ready to go into a PDF.
struct PdfLineForm {
    QRgb placeholder = 0;                   ///< the colour of the image drawn in its place (unique in the document)
    QSize frame;                            ///< the device pixels (y down) the content is drawn in
    QByteArray state;                       ///< operators setting the pen, for all chunks
    std::vector<PdfContentChunk> chunks;    ///< drawn in this order
};

/// Collects the line layers drawn into one PDF.
class PdfLineForms {
public:
    /// The placeholder is stretched over this many device pixels a side from the frame's origin (the clip
    /// keeps it in the frame). A power of two: the PDF matrices that map the form onto it are then exact in
    /// decimals, and poppler, which snaps stroke edges to pixels, draws the lines exactly where QPainter would.
    static constexpr int kPlaceholderSide = 65536;
    /// Rows of whole-number content predicted from the row before in one go (a "line" of the predictor).
    static constexpr int kRowsPerLine = 4096;

    /// Strokes the lines of `g` with `pen` (solid and opaque, its width in device pixels) on `painter`, a PDF
    /// painter whose coordinates are the device pixels of a `frame` from (0, 0). `g` is in device pixels with
    /// y negated, as cullHiddenLines returns it; vertices are thinned as drawPacked thins them, and each
    /// feature is one path, not necessarily in the order of `g` (see runs()). Empty features are skipped;
    /// returns early (drawing nothing) when `*cancel` is set.
    void drawLines(QPainter &painter, QSize frame, const PackedGeometry &g, const QPen &pen,
                   const std::atomic<bool> *cancel = nullptr);

    /// The forms drawn so far, in drawing order; the collection is empty afterwards.
    std::vector<PdfLineForm> takeForms();

    /// Features written together as one chunk, in this order, and how their coordinates are written.
    struct Run {
        std::vector<std::uint32_t> features;
        /// 2 or 3: whole pixels relative to the origin of a tile (`cm`), in that many digits; 0: as they are.
        int tileDigits = 0;
        /// With tileDigits, the origin of each feature's tile in device pixels.
        std::vector<QPoint> origins;
    };

    /// `g` (as for drawLines) cut into runs of about 400,000 vertices. When every coordinate is a whole number
    /// the features are reordered: those that fit a tile of 100 (else 1,000) pixels a side are grouped by
    /// tile and written relative to it, and within a tile they go in Hilbert order of their first vertex, so
    /// that consecutive rows share most digits. Strokes of one opaque pen composite to the same picture in any
    /// order ("over" with one colour multiplies what shows through by 1 − coverage; products commute).
    static std::vector<Run> runs(const PackedGeometry &g);
    /// The path operators (moves, lines and a stroke per feature) of `run`'s features of `g`, uncompressed.
    /// When every coordinate is a whole number they are rows of one width, given in `rowWidth` (else 0).
    static QByteArray content(const PackedGeometry &g, const Run &run, int *rowWidth = nullptr);
    /// The operators that set the stroke of `pen`: colour, width, round caps and joins, no dashes.
    static QByteArray strokeState(const QPen &pen);

private:
    std::mutex mMutex;
    std::vector<PdfLineForm> mForms;
    int mPlaceholders = 0;
};

} // namespace yc
