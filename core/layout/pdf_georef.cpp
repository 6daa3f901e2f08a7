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

bool georeferencePdf(const PdfFile &file, PdfUpdate &update, const QList<PageGeoreference> &pages, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    const QList<int> kids = file.pages();
    std::map<int, QByteArray> revised;   // page object → its new value; written only when every page succeeds
    for (const PageGeoreference &g : pages) {
        const int object = kids.value(g.page, -1);
        const QByteArray dict = file.value(object);
        if (object < 0 || !dict.startsWith("<<") || !dict.endsWith(">>") || !dict.contains("/Type /Page")) {
            err = GeorefText::tr("page %1 is not a simple page object").arg(g.page + 1);
            return false;
        }
        const QByteArray vp = viewport(g, &err);
        if (vp.isEmpty())
            return false;
        revised[object] = dict.left(dict.size() - 2).trimmed() + '\n' + vp + "\n>>";
    }
    for (const auto &[object, value] : revised)
        update.replace(object, value);
    return true;
}

} // namespace yc
