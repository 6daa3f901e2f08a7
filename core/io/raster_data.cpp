// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/raster_data.h"
#include "io/gdal_support.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace yc {

namespace {

Crs crsOf(OGRSpatialReferenceH srs)
{
    if (!srs)
        return {};
    const char *auth = OSRGetAuthorityName(srs, nullptr);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    if (auth && code && EQUAL(auth, "EPSG"))
        return Crs::fromEpsg(atoi(code));
    char *wkt = nullptr;
    const char *const options[] = {"FORMAT=WKT2_2019", nullptr};
    OSRExportToWktEx(srs, &wkt, options);
    const Crs crs = wkt ? Crs::fromUserInput(QString::fromUtf8(wkt)) : Crs();
    CPLFree(wkt);
    return crs;
}

/// How the bands make colours.
enum class Layout { Grey, GreyAlpha, Palette, Rgb, Rgba };

Layout layoutOf(GDALDatasetH ds)
{
    const int n = GDALGetRasterCount(ds);
    const auto interp = [ds](int band) { return GDALGetRasterColorInterpretation(GDALGetRasterBand(ds, band)); };
    if (interp(1) == GCI_PaletteIndex && GDALGetRasterColorTable(GDALGetRasterBand(ds, 1)))
        return Layout::Palette;
    if (n >= 3 && interp(1) != GCI_GrayIndex) {
        if (n >= 4 && (interp(4) == GCI_AlphaBand || interp(4) == GCI_Undefined))
            return Layout::Rgba;
        return Layout::Rgb;
    }
    if (n >= 2 && interp(2) == GCI_AlphaBand)
        return Layout::GreyAlpha;
    return Layout::Grey;
}

/// Value range of a band to stretch to 0…255 (identity for 8-bit bands).
struct Stretch {
    double min = 0;
    double max = 255;
    std::optional<double> noData;
    unsigned char apply(float v) const
    {
        const double t = max > min ? (v - min) / (max - min) : 0;
        return static_cast<unsigned char>(std::clamp(std::lround(t * 255), 0L, 255L));
    }
};

} // namespace

struct RasterSource::Impl {
    struct Closer {
        void operator()(GDALDatasetH ds) const { GDALClose(ds); }
    };
    std::unique_ptr<void, Closer> ds;
    std::mutex mutex;
    Layout layout = Layout::Grey;
    QList<Stretch> stretches;   ///< per band
    QList<QRgb> palette;
};

RasterSource::RasterSource() : mImpl(std::make_unique<Impl>()) {}
RasterSource::~RasterSource() = default;

std::shared_ptr<RasterSource> RasterSource::open(const QString &path, QString *error)
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture capture;
    const auto fail = [&](const QString &message) -> std::shared_ptr<RasterSource> {
        if (error)
            *error = detail::withGdalReason(message, capture);
        return nullptr;
    };
    if (QFileInfo(path).isFile() && QFileInfo(path).size() == 0)
        return fail(QStringLiteral("%1 is empty (0 bytes)").arg(path));
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                 nullptr, nullptr, nullptr);
    if (!ds)
        return fail(QStringLiteral("Cannot open %1 as a raster").arg(path));
    std::shared_ptr<RasterSource> source(new RasterSource);
    source->mImpl->ds.reset(ds);
    if (GDALGetRasterCount(ds) < 1)
        return fail(QStringLiteral("%1 holds no raster band").arg(path));

    RasterInfo &info = source->mInfo;
    info.source = path;
    info.driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(ds)));
    info.size = QSize(GDALGetRasterXSize(ds), GDALGetRasterYSize(ds));
    info.bandCount = GDALGetRasterCount(ds);
    GDALRasterBandH first = GDALGetRasterBand(ds, 1);
    info.dataType = QString::fromUtf8(GDALGetDataTypeName(GDALGetRasterDataType(first)));
    info.overviewCount = GDALGetOverviewCount(first);
    info.crs = crsOf(GDALGetSpatialRef(ds));
    double gt[6];
    info.georeferenced = GDALGetGeoTransform(ds, gt) == CE_None;
    if (info.georeferenced) {
        std::copy(gt, gt + 6, info.geoTransform.begin());
        for (const QPointF corner : {QPointF(0, 0), QPointF(info.size.width(), 0), QPointF(0, info.size.height()),
                                     QPointF(info.size.width(), info.size.height())})
            info.extent.include(QPointF(gt[0] + corner.x() * gt[1] + corner.y() * gt[2],
                                        gt[3] + corner.x() * gt[4] + corner.y() * gt[5]));
    }

    Impl &impl = *source->mImpl;
    impl.layout = layoutOf(ds);
    for (int b = 1; b <= info.bandCount; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds, b);
        info.bandColors << QString::fromUtf8(GDALGetColorInterpretationName(GDALGetRasterColorInterpretation(band)));
        Stretch s;
        int hasNoData = 0;
        const double noData = GDALGetRasterNoDataValue(band, &hasNoData);
        if (hasNoData)
            s.noData = noData;
        const GDALDataType type = GDALGetRasterDataType(band);
        if (type != GDT_Byte && impl.layout != Layout::Palette) {
            // Stretch other types over their (approximate, overview-based) range.
            double minMax[2] = {0, 0};
            if (GDALComputeRasterMinMax(band, TRUE, minMax) == CE_None) {
                s.min = minMax[0];
                s.max = minMax[1];
            }
        }
        impl.stretches << s;
    }
    if (impl.layout == Layout::Palette) {
        GDALColorTableH table = GDALGetRasterColorTable(first);
        for (int i = 0; i < GDALGetColorEntryCount(table); ++i) {
            const GDALColorEntry *e = GDALGetColorEntry(table, i);
            impl.palette << qRgba(e->c1, e->c2, e->c3, e->c4);
        }
    }
    return source;
}

QImage RasterSource::read(const Envelope &area, QSize size, QString *error,
                          const std::function<bool(double done)> &keepReading) const
{
    detail::GdalErrorCapture capture;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = detail::withGdalReason(message, capture);
        return QImage();
    };
    if (!mInfo.georeferenced)
        return fail(QStringLiteral("%1 has no georeferencing").arg(mInfo.source));
    const auto &gt = mInfo.geoTransform;
    if (gt[2] != 0 || gt[4] != 0)
        return fail(QStringLiteral("%1 is rotated; only north-up rasters can be drawn").arg(mInfo.source));
    if (area.isEmpty() || size.isEmpty() || !std::isfinite(area.width()) || !std::isfinite(area.height()))
        return fail(QStringLiteral("Nothing to read from %1: empty area or size").arg(mInfo.source));

    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    // The requested area in (fractional) pixel coordinates of the full-resolution raster.
    double wx0 = (area.xMin - gt[0]) / gt[1], wx1 = (area.xMax - gt[0]) / gt[1];
    double wy0 = (area.yMax - gt[3]) / gt[5], wy1 = (area.yMin - gt[3]) / gt[5];
    const bool mirrorX = wx0 > wx1, mirrorY = wy0 > wy1;
    if (mirrorX) std::swap(wx0, wx1);
    if (mirrorY) std::swap(wy0, wy1);
    const double W = mInfo.size.width(), H = mInfo.size.height();
    const double cx0 = std::max(wx0, 0.0), cx1 = std::min(wx1, W);
    const double cy0 = std::max(wy0, 0.0), cy1 = std::min(wy1, H);
    if (!(cx0 < cx1 && cy0 < cy1))
        return image;   // the raster does not reach the area

    // The part of the output the clipped window covers, in whole output pixels.
    const double sx = size.width() / (wx1 - wx0), sy = size.height() / (wy1 - wy0);
    const int ox0 = std::clamp(int(std::floor((cx0 - wx0) * sx)), 0, size.width() - 1);
    const int oy0 = std::clamp(int(std::floor((cy0 - wy0) * sy)), 0, size.height() - 1);
    const int ox1 = std::clamp(int(std::ceil((cx1 - wx0) * sx)), ox0 + 1, size.width());
    const int oy1 = std::clamp(int(std::ceil((cy1 - wy0) * sy)), oy0 + 1, size.height());
    const int bw = ox1 - ox0, bh = oy1 - oy0;
    // The source window matching those whole output pixels exactly.
    const double fx0 = std::max(wx0 + ox0 / sx, 0.0), fx1 = std::min(wx0 + ox1 / sx, W);
    const double fy0 = std::max(wy0 + oy0 / sy, 0.0), fy1 = std::min(wy0 + oy1 / sy, H);

    std::lock_guard lock(mImpl->mutex);
    GDALDatasetH ds = mImpl->ds.get();
    const Layout layout = mImpl->layout;
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = layout == Layout::Palette ? GRIORA_NearestNeighbour : GRIORA_Bilinear;
    extra.bFloatingPointWindowValidity = TRUE;
    extra.dfXOff = fx0;
    extra.dfYOff = fy0;
    extra.dfXSize = fx1 - fx0;
    extra.dfYSize = fy1 - fy0;
    const int nx0 = std::clamp(int(std::floor(fx0)), 0, int(W) - 1);
    const int ny0 = std::clamp(int(std::floor(fy0)), 0, int(H) - 1);
    const int nxs = std::clamp(int(std::ceil(fx1)) - nx0, 1, int(W) - nx0);
    const int nys = std::clamp(int(std::ceil(fy1)) - ny0, 1, int(H) - ny0);

    const int bands = layout == Layout::Rgba ? 4 : layout == Layout::Rgb ? 3 : layout == Layout::GreyAlpha ? 2 : 1;
    std::vector<float> values(size_t(bw) * size_t(bh) * size_t(bands));
    // GDAL reports each band's read (by output row) as 0…1 of it: spread over the bands, one after the other.
    struct Watch {
        const std::function<bool(double)> *keepReading;
        int band, bands;
        bool stopped = false;
    } watch{&keepReading, 0, bands};
    const GDALProgressFunc report = [](double done, const char *, void *data) -> int {
        auto *w = static_cast<Watch *>(data);
        w->stopped = !(*w->keepReading)((w->band + std::clamp(done, 0.0, 1.0)) / w->bands);
        return w->stopped ? FALSE : TRUE;
    };
    if (keepReading) {
        extra.pfnProgress = report;
        extra.pProgressData = &watch;
    }
    for (int b = 0; b < bands; ++b) {
        watch.band = b;
        // GDAL reads from the overview closest to the buffer's resolution when the buffer is smaller.
        if (GDALRasterIOEx(GDALGetRasterBand(ds, b + 1), GF_Read, nx0, ny0, nxs, nys,
                           values.data() + size_t(b) * bw * bh, bw, bh, GDT_Float32, 0, 0, &extra)
            != CE_None) {
            if (!watch.stopped)
                return fail(QStringLiteral("Cannot read %1").arg(mInfo.source));
            if (error)   // not GDAL's "User terminated"
                *error = QStringLiteral("Reading %1 was cancelled").arg(mInfo.source);
            return QImage();
        }
    }

    const QList<Stretch> &st = mImpl->stretches;
    const size_t plane = size_t(bw) * size_t(bh);
    for (int y = 0; y < bh; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(mirrorY ? size.height() - 1 - (oy0 + y) : oy0 + y));
        for (int x = 0; x < bw; ++x) {
            const size_t i = size_t(y) * bw + x;
            const float v0 = values[i];
            if (std::isnan(v0) || (st[0].noData && double(v0) == *st[0].noData))
                continue;
            QRgb rgb = 0;
            switch (layout) {
            case Layout::Palette: {
                const int index = int(v0);
                rgb = index >= 0 && index < mImpl->palette.size() ? mImpl->palette.at(index) : 0;
                break;
            }
            case Layout::Grey:
            case Layout::GreyAlpha: {
                const unsigned char g = st[0].apply(v0);
                rgb = qRgba(g, g, g, layout == Layout::GreyAlpha ? st[1].apply(values[plane + i]) : 255);
                break;
            }
            case Layout::Rgb:
            case Layout::Rgba:
                rgb = qRgba(st[0].apply(v0), st[1].apply(values[plane + i]), st[2].apply(values[2 * plane + i]),
                            layout == Layout::Rgba ? st[3].apply(values[3 * plane + i]) : 255);
                break;
            }
            line[mirrorX ? size.width() - 1 - (ox0 + x) : ox0 + x] = rgb;
        }
    }
    // Premultiplied is what QPainter draws fastest.
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace yc
