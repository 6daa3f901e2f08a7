// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/pdf_georef.h"

#include "geo/coordinate_transform.h"

#include <ogr_spatialref.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>

namespace yc {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct GeorefText {
    Q_DECLARE_TR_FUNCTIONS(yc::PdfGeoref)
};

/// The xref table at `offset`: object number → byte offset of "N G obj".
std::optional<std::map<int, qsizetype>> readXref(const QByteArray &pdf, qsizetype offset, qsizetype *trailerAt)
{
    if (!pdf.mid(offset, 4).startsWith("xref"))
        return std::nullopt;
    std::map<int, qsizetype> objects;
    qsizetype pos = pdf.indexOf('\n', offset) + 1;
    static const QRegularExpression subsection(QStringLiteral("^(\\d+) (\\d+)\\s*$"));
    while (pos > 0 && pos < pdf.size()) {
        const qsizetype eol = pdf.indexOf('\n', pos);
        const QString line = QString::fromLatin1(pdf.mid(pos, eol - pos)).trimmed();
        if (line.startsWith(QLatin1String("trailer"))) {
            *trailerAt = pos;
            return objects;
        }
        const QRegularExpressionMatch m = subsection.match(line);
        if (!m.hasMatch())
            return std::nullopt;
        const int first = m.captured(1).toInt();
        const int count = m.captured(2).toInt();
        pos = eol + 1;
        for (int i = 0; i < count; ++i, pos += 20) {
            const QByteArray entry = pdf.mid(pos, 20);
            if (entry.size() < 18)
                return std::nullopt;
            if (entry.at(17) == 'n')
                objects[first + i] = entry.left(10).toLongLong();
        }
    }
    return std::nullopt;
}

/// The body of object `number` (between "obj" and "endobj"), trimmed.
QByteArray objectBody(const QByteArray &pdf, const std::map<int, qsizetype> &xref, int number)
{
    const auto it = xref.find(number);
    if (it == xref.end())
        return {};
    const qsizetype start = pdf.indexOf("obj", it->second);
    const qsizetype end = pdf.indexOf("endobj", start);
    if (start < 0 || end < 0)
        return {};
    return pdf.mid(start + 3, end - start - 3).trimmed();
}

int reference(const QByteArray &dict, const char *key)
{
    const QRegularExpression re(QStringLiteral("/%1\\s+(\\d+)\\s+\\d+\\s+R").arg(QLatin1String(key)));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QByteArray pdfString(const QString &text)
{
    QByteArray out = text.toLatin1();
    out.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)").replace('\n', ' ');
    return '(' + out + ')';
}

QByteArray number(double v, int decimals = 9)
{
    return QByteArray::number(v, 'f', decimals);
}

/// The /VP entry for one frame; empty with `error` set when the CRS cannot be described.
QByteArray viewport(const PageGeoreference &g, QString *error)
{
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (srs.SetFromUserInput(g.crs.definition().toUtf8().constData()) != OGRERR_NONE) {
        *error = GeorefText::tr("cannot describe the CRS %1").arg(g.crs.definition());
        return {};
    }
    // GPTS are latitude/longitude in the CRS's own geographic CRS.
    const QString geographic = [&] {
        OGRSpatialReference *geog = srs.CloneGeogCS();
        char *wkt = nullptr;
        geog->exportToWkt(&wkt);
        const QString s = QString::fromUtf8(wkt);
        CPLFree(wkt);
        delete geog;
        return s;
    }();
    char *wkt = nullptr;
    srs.exportToWkt(&wkt);   // WKT1, what PDF readers of the ISO 32000 extension expect
    const QString frameWkt = QString::fromUtf8(wkt);
    CPLFree(wkt);
    const CoordinateTransform toLonLat(g.crs, Crs::fromUserInput(geographic));
    const Envelope &e = g.extent;
    // Corners in the order of LPTS: lower left, upper left, upper right, lower right.
    const QPointF corners[] = {{e.xMin, e.yMin}, {e.xMin, e.yMax}, {e.xMax, e.yMax}, {e.xMax, e.yMin}};
    QByteArray gpts;
    for (const QPointF &c : corners) {
        const auto ll = toLonLat.isValid() ? toLonLat.apply(c) : std::nullopt;
        if (!ll) {
            *error = GeorefText::tr("cannot transform the frame's corners to latitude and longitude");
            return {};
        }
        gpts += number(ll->y()) + ' ' + number(ll->x()) + ' ';
    }
    const std::optional<int> epsg = g.crs.epsg();
    const QByteArray type = srs.IsProjected() ? "/PROJCS" : "/GEOGCS";
    QByteArray gcs = "<< /Type " + type + " /WKT " + pdfString(frameWkt);
    if (epsg)
        gcs += " /EPSG " + QByteArray::number(*epsg);
    gcs += " >>";
    const QRectF &f = g.frame;
    return "/VP [ << /Type /Viewport /Name (Map) /BBox [" + number(f.left(), 4) + ' ' + number(f.top(), 4) + ' '
         + number(f.right(), 4) + ' ' + number(f.bottom(), 4) + "] /Measure << /Type /Measure /Subtype /GEO"
         + " /Bounds [0 0 0 1 1 1 1 0] /GPTS [" + gpts.trimmed() + "] /LPTS [0 0 0 1 1 1 1 0] /GCS " + gcs
         + " >> >> ]";
}

} // namespace

std::optional<QByteArray> georeferencePdf(const QByteArray &pdf, const QList<PageGeoreference> &pages, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0) {
        err = GeorefText::tr("not a PDF file (no startxref)");
        return std::nullopt;
    }
    const qsizetype prev = pdf.mid(startxref + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong();
    qsizetype trailerAt = 0;
    const auto xref = readXref(pdf, prev, &trailerAt);
    if (!xref) {
        err = GeorefText::tr("the PDF has no classic xref table");
        return std::nullopt;
    }
    const qsizetype trailerEnd = pdf.indexOf("startxref", trailerAt);
    const QByteArray trailer = pdf.mid(trailerAt, trailerEnd - trailerAt);
    const int root = reference(trailer, "Root");
    const int info = reference(trailer, "Info");
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    const int size = sizeRe.match(QString::fromLatin1(trailer)).captured(1).toInt();
    const int pagesObject = reference(objectBody(pdf, *xref, root), "Pages");
    const QByteArray pagesDict = objectBody(pdf, *xref, pagesObject);
    const qsizetype kidsAt = pagesDict.indexOf("/Kids");
    if (root < 0 || pagesObject < 0 || kidsAt < 0 || size <= 0) {
        err = GeorefText::tr("cannot find the page tree");
        return std::nullopt;
    }
    const QByteArray kidsText = pagesDict.mid(kidsAt, pagesDict.indexOf(']', kidsAt) - kidsAt);
    QList<int> kids;
    static const QRegularExpression refRe(QStringLiteral("(\\d+)\\s+\\d+\\s+R"));
    for (const QRegularExpressionMatch &m : refRe.globalMatch(QString::fromLatin1(kidsText)))
        kids << m.captured(1).toInt();

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    std::map<int, qsizetype> written;
    for (const PageGeoreference &g : pages) {
        const int object = kids.value(g.page, -1);
        const QByteArray dict = objectBody(pdf, *xref, object);
        if (object < 0 || !dict.startsWith("<<") || !dict.endsWith(">>") || !dict.contains("/Type /Page")) {
            err = GeorefText::tr("page %1 is not a simple page object").arg(g.page + 1);
            return std::nullopt;
        }
        const QByteArray vp = viewport(g, &err);
        if (vp.isEmpty())
            return std::nullopt;
        written[object] = out.size();
        out += QByteArray::number(object) + " 0 obj\n" + dict.left(dict.size() - 2).trimmed() + '\n' + vp + "\n>>\nendobj\n";
    }
    // QPdfWriter embeds subsets but names only the font descriptor with the subset tag ("QVAAAA+Name"); give
    // the font dictionaries the same tagged name, as PDF requires for subsets and as pdffonts checks.
    static const QRegularExpression baseFont(QStringLiteral("/BaseFont\\s*/([^\\s/<>\\[\\]()+]+)(?=[\\s/>])"));
    for (const auto &[object, offset] : *xref) {
        if (written.count(object))
            continue;
        const QByteArray dict = objectBody(pdf, *xref, object);
        if (!dict.startsWith("<<") || !dict.endsWith(">>") || dict.contains("stream") || !dict.contains("/Type /Font"))
            continue;
        const QRegularExpressionMatch m = baseFont.match(QString::fromLatin1(dict));
        if (!m.hasMatch())
            continue;
        const QRegularExpression tagged(QStringLiteral("/FontName\\s*/([A-Z]{6})\\+%1[\\s/>]")
                                            .arg(QRegularExpression::escape(m.captured(1))));
        const QRegularExpressionMatch tag = tagged.match(QString::fromLatin1(pdf));
        if (!tag.hasMatch())
            continue;
        QByteArray renamed = dict;
        renamed.replace(m.capturedStart(), m.capturedLength(),
                        "/BaseFont /" + tag.captured(1).toLatin1() + '+' + m.captured(1).toLatin1());
        written[object] = out.size();
        out += QByteArray::number(object) + " 0 obj\n" + renamed + "\nendobj\n";
    }
    const qsizetype xrefAt = out.size();
    out += "xref\n";
    for (const auto &[object, offset] : written)
        out += QByteArray::number(object) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(size) + " /Root " + QByteArray::number(root) + " 0 R";
    if (info >= 0)
        out += " /Info " + QByteArray::number(info) + " 0 R";
    out += " /Prev " + QByteArray::number(prev) + " >>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

} // namespace yc
