// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/vector_stream.h"

#include "geo/ogr_geometry.h"
#include "io/gdal_support.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <QFileInfo>
#include <QtEndian>

#include <cstring>

namespace yc {

namespace {

struct DatasetCloser {
    void operator()(GDALDataset *ds) const { GDALClose(GDALDataset::ToHandle(ds)); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

DatasetPtr openDataset(const QString &source)
{
    return DatasetPtr(GDALDataset::FromHandle(GDALOpenEx(source.toUtf8().constData(),
                                                         GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                                         nullptr, nullptr, nullptr)));
}

OGRLayer *findLayer(GDALDataset &ds, const QString &name)
{
    if (name.isEmpty())
        return ds.GetLayerCount() > 0 ? ds.GetLayer(0) : nullptr;
    return ds.GetLayerByName(name.toUtf8().constData());
}

QByteArray quoted(const QString &identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return (QLatin1Char('"') + s + QLatin1Char('"')).toUtf8();
}

/// Adds one geometry in WKB to `batch`; shapes the fast reader does not know (curves, collections) go
/// through OGR. Counts what it leaves out for bad coordinates.
void addGeometry(PackedGeometry &batch, const unsigned char *wkb, std::size_t size, int index,
                 VectorStream::Stats &stats)
{
    const PackedGeometry::WkbResult r = batch.addWkb(wkb, size, index);
    if (r == PackedGeometry::WkbResult::Unusable) {
        ++stats.unusable;
    } else if (r == PackedGeometry::WkbResult::Unsupported) {
        OGRGeometry *raw = nullptr;
        if (OGRGeometryFactory::createFromWkb(wkb, nullptr, &raw, size, wkbVariantIso) != OGRERR_NONE)
            return;
        const detail::OgrGeometryPtr owned(raw);
        const Geometry g = detail::fromOgrGeometry(raw);
        const Envelope e = g.envelope();
        if (g.isEmpty())
            return;
        if (!(std::abs(e.xMin) <= kUsableCoordinateLimit && std::abs(e.xMax) <= kUsableCoordinateLimit
              && std::abs(e.yMin) <= kUsableCoordinateLimit && std::abs(e.yMax) <= kUsableCoordinateLimit)) {
            ++stats.unusable;
            return;
        }
        batch.add(g, index);
    }
}

struct SqliteCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};

} // namespace

std::shared_ptr<const VectorStream> VectorStream::open(const QString &source, const QString &layerName, QString *error)
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture capture;
    const DatasetPtr ds = openDataset(source);
    if (!ds) {
        if (error)
            *error = detail::withGdalReason(QStringLiteral("Cannot open %1").arg(source), capture);
        return nullptr;
    }
    OGRLayer *layer = findLayer(*ds, layerName);
    if (!layer) {
        if (error)
            *error = layerName.isEmpty() ? QStringLiteral("%1 holds no vector layer").arg(source)
                                         : QStringLiteral("%1 has no layer named %2").arg(source, layerName);
        return nullptr;
    }
    auto stream = std::make_shared<VectorStream>();
    stream->mSource = source;
    stream->mLayerName = QString::fromUtf8(layer->GetName());
    stream->mCrs = detail::crsOf(layer->GetSpatialRef());
    stream->mFeatureCount = layer->GetFeatureCount(FALSE);
    OGREnvelope e;
    if (layer->GetExtent(&e, TRUE) == OGRERR_NONE)
        stream->mExtent = Envelope::of(e.MinX, e.MinY, e.MaxX, e.MaxY);

    const bool gpkg = ds->GetDriver() && QLatin1String(ds->GetDriver()->GetDescription()) == QLatin1String("GPKG");
    if (gpkg && QFileInfo(source).isFile() && layer->GetGeometryColumn() && *layer->GetGeometryColumn()
        && layer->GetFIDColumn() && *layer->GetFIDColumn()) {
        stream->mTable = stream->mLayerName;
        stream->mGeometryColumn = QString::fromUtf8(layer->GetGeometryColumn());
        stream->mFidColumn = QString::fromUtf8(layer->GetFIDColumn());
        const QString rtree = QStringLiteral("rtree_%1_%2").arg(stream->mTable, stream->mGeometryColumn);
        const QByteArray sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + rtree.toUtf8()
                               .replace('\'', "''") + '\'';
        if (OGRLayer *found = ds->ExecuteSQL(sql.constData(), nullptr, "SQLITE")) {
            if (std::unique_ptr<OGRFeature> f(found->GetNextFeature()); f)
                stream->mRtree = rtree;
            ds->ReleaseResultSet(found);
        }
    }
    return stream;
}

bool VectorStream::read(const Envelope &area, int batchSize, const std::function<bool(PackedGeometry &)> &sink,
                        Stats *stats, QString *error) const
{
    Stats local;
    // An area holding the whole layer filters nothing, and an index lookup per feature costs time.
    // (With a little slack: a view fitted to the extent differs from it by rounding.)
    const double slack = 1e-9 * std::max(mExtent.width(), mExtent.height());
    const bool all = area.isEmpty() || (!mExtent.isEmpty() && area.buffered(slack).xMin <= mExtent.xMin
                                        && area.buffered(slack).yMin <= mExtent.yMin
                                        && area.buffered(slack).xMax >= mExtent.xMax
                                        && area.buffered(slack).yMax >= mExtent.yMax);
    const Envelope filter = all ? Envelope() : area;
    const bool ok = mTable.isEmpty() ? readOgr(filter, std::max(1, batchSize), sink, local, error)
                                     : readGeoPackage(filter, std::max(1, batchSize), sink, local, error);
    if (stats)
        *stats = local;
    return ok;
}

bool VectorStream::readGeoPackage(const Envelope &area, int batchSize,
                                  const std::function<bool(PackedGeometry &)> &sink, Stats &stats,
                                  QString *error) const
{
    sqlite3 *rawDb = nullptr;
    const int rc = sqlite3_open_v2(mSource.toUtf8().constData(), &rawDb, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    const std::unique_ptr<sqlite3, SqliteCloser> db(rawDb);
    const auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(what, db ? QString::fromUtf8(sqlite3_errmsg(db.get()))
                                                           : QStringLiteral("out of memory"));
        return false;
    };
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("Cannot open %1").arg(mSource));

    // Rows come in fid order either way, as OGR returns them, so the drawing order is the same.
    const bool windowed = !area.isEmpty() && !mRtree.isEmpty();
    QByteArray sql = "SELECT " + quoted(mGeometryColumn) + " FROM " + quoted(mTable);
    if (windowed)
        sql += " WHERE " + quoted(mFidColumn) + " IN (SELECT id FROM " + quoted(mRtree)
               + " WHERE maxx >= ?1 AND minx <= ?2 AND maxy >= ?3 AND miny <= ?4)";
    sql += " ORDER BY " + quoted(mFidColumn);
    sqlite3_stmt *rawStatement = nullptr;
    if (sqlite3_prepare_v2(db.get(), sql.constData(), int(sql.size()), &rawStatement, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("Cannot read %1").arg(mSource));
    const std::unique_ptr<sqlite3_stmt, StatementFinalizer> statement(rawStatement);
    if (windowed) {
        sqlite3_bind_double(rawStatement, 1, area.xMin);
        sqlite3_bind_double(rawStatement, 2, area.xMax);
        sqlite3_bind_double(rawStatement, 3, area.yMin);
        sqlite3_bind_double(rawStatement, 4, area.yMax);
    }
    const bool filterHere = !area.isEmpty() && !windowed;

    PackedGeometry batch;
    int index = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(rawStatement)) == SQLITE_ROW) {
        const auto *blob = static_cast<const unsigned char *>(sqlite3_column_blob(rawStatement, 0));
        const int size = sqlite3_column_bytes(rawStatement, 0);
        const int current = index++;
        // A GeoPackage geometry: "GP", version, flags, SRS id, an optional envelope, then standard WKB.
        if (!blob || size < 8 || blob[0] != 'G' || blob[1] != 'P')
            continue;
        const int flags = blob[2 + 1];
        const int envelopeKind = (flags >> 1) & 7;
        static constexpr int kEnvelopeBytes[] = {0, 32, 48, 48, 64};
        if ((flags & 0x10) || envelopeKind > 4 || (flags & 0x20))   // empty, or not standard WKB
            continue;
        const int header = 8 + kEnvelopeBytes[envelopeKind];
        if (size <= header)
            continue;
        if (filterHere && envelopeKind > 0) {
            double v[4];   // minx, maxx, miny, maxy
            for (int i = 0; i < 4; ++i) {
                const quint64 bits = (flags & 1) ? qFromLittleEndian<quint64>(blob + 8 + 8 * i)
                                                 : qFromBigEndian<quint64>(blob + 8 + 8 * i);
                std::memcpy(&v[i], &bits, 8);
            }
            if (!area.intersects(Envelope{v[0], v[2], v[1], v[3]}))
                continue;
        }
        const int before = batch.featureCount();
        addGeometry(batch, blob + header, std::size_t(size - header), current, stats);
        if (filterHere && envelopeKind == 0 && batch.featureCount() > before
            && !area.intersects(batch.featureEnvelope(before)))
            batch.dropLast();
        if (batch.featureCount() >= batchSize) {
            stats.features += batch.featureCount();
            if (!sink(batch))
                return true;
            batch.clear();
        }
    }
    if (step != SQLITE_DONE)
        return fail(QStringLiteral("Cannot read %1").arg(mSource));
    if (batch.featureCount() > 0) {
        stats.features += batch.featureCount();
        sink(batch);
    }
    return true;
}

bool VectorStream::readOgr(const Envelope &area, int batchSize, const std::function<bool(PackedGeometry &)> &sink,
                           Stats &stats, QString *error) const
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture capture;
    const DatasetPtr ds = openDataset(mSource);
    OGRLayer *layer = ds ? findLayer(*ds, mLayerName) : nullptr;
    if (!layer) {
        if (error)
            *error = detail::withGdalReason(QStringLiteral("Cannot open %1").arg(mSource), capture);
        return false;
    }
    // Geometry only: skipping the attributes saves decoding them.
    CPLStringList ignored;
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        ignored.AddString(defn->GetFieldDefn(i)->GetNameRef());
    ignored.AddString("OGR_STYLE");
    layer->SetIgnoredFields(const_cast<const char **>(ignored.List()));
    if (!area.isEmpty())
        layer->SetSpatialFilterRect(area.xMin, area.yMin, area.xMax, area.yMax);
    layer->ResetReading();

    PackedGeometry batch;
    std::vector<unsigned char> wkb;
    int index = 0;
    for (auto &feature : *layer) {
        const int current = index++;
        const OGRGeometry *g = feature->GetGeometryRef();
        if (!g || g->IsEmpty())
            continue;
        wkb.resize(std::size_t(g->WkbSize()));
        if (g->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso) != OGRERR_NONE)
            continue;
        addGeometry(batch, wkb.data(), wkb.size(), current, stats);
        if (batch.featureCount() >= batchSize) {
            stats.features += batch.featureCount();
            if (!sink(batch))
                return true;
            batch.clear();
        }
    }
    if (capture.hasFailure()) {
        if (error)
            *error = detail::withGdalReason(QStringLiteral("Cannot read %1").arg(mSource), capture);
        return false;
    }
    if (batch.featureCount() > 0) {
        stats.features += batch.featureCount();
        sink(batch);
    }
    return true;
}

} // namespace yc
