// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/vector_stream.h"

#include "geo/ogr_geometry.h"
#include "io/gdal_support.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <future>

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

/// How many features the next batch of a layer read in order holds: a quarter of the batch size first, then
/// twice as many as the last up to the batch size. Drawing waits for the first batch (the reading takes
/// about half the time the drawing does), so it starts after a quarter of the reading.
class BatchLimit {
public:
    explicit BatchLimit(int batchSize) : mFull(batchSize), mNext(std::max(1, batchSize / 4)) {}
    bool reached(const PackedGeometry &batch) const { return batch.featureCount() >= mNext; }
    void passed() { mNext = std::min(mFull, 2 * mNext); }

private:
    int mFull, mNext;
};

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
using SqlitePtr = std::unique_ptr<sqlite3, SqliteCloser>;
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

/// A read-only connection and one statement on it; `error` says what failed when `statement` is null.
struct SqliteQuery {
    SqlitePtr db;
    StatementPtr statement;
    QString error;

    SqliteQuery(const QString &path, const QByteArray &sql)
    {
        sqlite3 *rawDb = nullptr;
        const int rc = sqlite3_open_v2(path.toUtf8().constData(), &rawDb, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                       nullptr);
        db.reset(rawDb);
        // One read transaction for the whole read: otherwise every lookup by fid takes and drops the file
        // lock, and looks for a hot journal, which doubles its cost.
        sqlite3_stmt *raw = nullptr;
        if (rc != SQLITE_OK || sqlite3_exec(db.get(), "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(db.get(), sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK) {
            error = QStringLiteral("Cannot read %1: %2").arg(path, db ? QString::fromUtf8(sqlite3_errmsg(db.get()))
                                                                       : QStringLiteral("out of memory"));
            return;
        }
        statement.reset(raw);
    }
    /// The message for a step that failed (as `error` is for opening and preparing).
    QString stepError(const QString &path) const
    {
        return QStringLiteral("Cannot read %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db.get())));
    }
};

/// Adds a GeoPackage geometry blob ("GP", version, flags, SRS id, an optional envelope, then standard WKB)
/// to `batch` as feature `index`; with a non-empty `filter`, only when its envelope meets it.
void addGeoPackageBlob(PackedGeometry &batch, const unsigned char *blob, int size, int index, const Envelope &filter,
                       VectorStream::Stats &stats)
{
    if (!blob || size < 8 || blob[0] != 'G' || blob[1] != 'P')
        return;
    const int flags = blob[2 + 1];
    const int envelopeKind = (flags >> 1) & 7;
    static constexpr int kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    if ((flags & 0x10) || envelopeKind > 4 || (flags & 0x20))   // empty, or not standard WKB
        return;
    const int header = 8 + kEnvelopeBytes[envelopeKind];
    if (size <= header)
        return;
    if (!filter.isEmpty() && envelopeKind > 0) {
        double v[4];   // minx, maxx, miny, maxy
        for (int i = 0; i < 4; ++i) {
            const quint64 bits = (flags & 1) ? qFromLittleEndian<quint64>(blob + 8 + 8 * i)
                                             : qFromBigEndian<quint64>(blob + 8 + 8 * i);
            std::memcpy(&v[i], &bits, 8);
        }
        if (!filter.intersects(Envelope{v[0], v[2], v[1], v[3]}))
            return;
    }
    const int before = batch.featureCount();
    addGeometry(batch, blob + header, std::size_t(size - header), index, stats);
    if (!filter.isEmpty() && envelopeKind == 0 && batch.featureCount() > before
        && !filter.intersects(batch.featureEnvelope(before)))
        batch.dropLast();
}

/// Features in view, read by fid from a GeoPackage table, one part of the view at a time.
struct FidPart {
    PackedGeometry batch;
    VectorStream::Stats stats;
    QString error;
};

struct BlobCloser {
    void operator()(sqlite3_blob *b) const { sqlite3_blob_close(b); }
};

/// The geometry blobs of a GeoPackage table's rows, by fid. One incremental-blob handle moved from row to
/// row (sqlite3_blob_reopen) costs about a third less CPU a row than stepping a statement again (measured on
/// the 1/16 view of the 1M-line benchmark layer: 92–110 against 118–167 ms for 65,480 rows). The statement
/// still reads the rows the handle cannot open (missing, or a NULL geometry) and every row of a table whose
/// fid is not its rowid.
class FidBlobReader {
public:
    FidBlobReader(const QString &path, const QByteArray &table, const QByteArray &geometryColumn,
                  const QByteArray &fidColumn)
        : mPath(path), mTable(table), mColumn(geometryColumn),
          mByFid(path, "SELECT " + quoted(QString::fromUtf8(geometryColumn)) + " FROM "
                           + quoted(QString::fromUtf8(table)) + " WHERE " + quoted(QString::fromUtf8(fidColumn))
                           + " = ?1")
    {
        if (!mByFid.statement)
            return;
        // The blob handle finds rows by rowid: only when the fid is the table's INTEGER PRIMARY KEY (as the
        // GeoPackage standard asks) is it the same number.
        sqlite3_stmt *raw = nullptr;
        const QByteArray sql = "SELECT count(*) = 1 AND max(name = ?1 COLLATE NOCASE AND upper(type) = 'INTEGER') "
                               "FROM pragma_table_info(?2) WHERE pk > 0";
        if (sqlite3_prepare_v2(mByFid.db.get(), sql.constData(), int(sql.size()), &raw, nullptr) == SQLITE_OK) {
            const StatementPtr check(raw);
            sqlite3_bind_text(raw, 1, fidColumn.constData(), int(fidColumn.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(raw, 2, table.constData(), int(table.size()), SQLITE_TRANSIENT);
            mFidIsRowid = sqlite3_step(raw) == SQLITE_ROW && sqlite3_column_int(raw, 0) == 1;
        }
    }

    /// Why the table cannot be read; empty when it can.
    const QString &error() const { return mByFid.error; }

    /// Adds the geometry of row `fid` to `part` as feature `index` (nothing when the row is missing or its
    /// geometry NULL); false with `part.error` set when reading fails.
    bool add(sqlite3_int64 fid, int index, FidPart &part)
    {
        if (mFidIsRowid && moveTo(fid)) {
            const int size = sqlite3_blob_bytes(mBlob.get());
            mBytes.resize(std::size_t(size));
            if (sqlite3_blob_read(mBlob.get(), mBytes.data(), size, 0) != SQLITE_OK) {
                part.error = mByFid.stepError(mPath);
                return false;
            }
            addGeoPackageBlob(part.batch, mBytes.data(), size, index, {}, part.stats);
            return true;
        }
        sqlite3_stmt *statement = mByFid.statement.get();
        sqlite3_bind_int64(statement, 1, fid);
        const int step = sqlite3_step(statement);
        if (step == SQLITE_ROW) {
            // A geometry the handle could not open: the table is not one for blob handles (a view, a table
            // WITHOUT ROWID), so the statement reads the rest too.
            if (sqlite3_column_type(statement, 0) == SQLITE_BLOB)
                mFidIsRowid = false;
            addGeoPackageBlob(part.batch, static_cast<const unsigned char *>(sqlite3_column_blob(statement, 0)),
                              sqlite3_column_bytes(statement, 0), index, {}, part.stats);
        } else if (step != SQLITE_DONE) {   // (done: an R-tree entry without its row, left out)
            part.error = mByFid.stepError(mPath);
        }
        sqlite3_reset(statement);
        return part.error.isEmpty();
    }

private:
    /// Points the blob handle at row `fid`; false when it cannot (the statement then says why, if at all).
    bool moveTo(sqlite3_int64 fid)
    {
        if (mBlob && sqlite3_blob_reopen(mBlob.get(), fid) == SQLITE_OK)
            return true;
        mBlob.reset();   // a handle that failed to move is of no further use
        sqlite3_blob *raw = nullptr;
        const int rc = sqlite3_blob_open(mByFid.db.get(), "main", mTable.constData(), mColumn.constData(), fid,
                                         0, &raw);
        mBlob.reset(raw);
        if (rc != SQLITE_OK)
            mBlob.reset();
        return rc == SQLITE_OK;
    }

    QString mPath;
    QByteArray mTable;
    QByteArray mColumn;
    SqliteQuery mByFid;
    bool mFidIsRowid = false;
    std::unique_ptr<sqlite3_blob, BlobCloser> mBlob;
    std::vector<unsigned char> mBytes;
};

/// Adds to `ids` the ids of the entries of GeoPackage R-tree `rtree` whose box meets `area`, read from its
/// nodes with one blob handle: about half the CPU of asking the virtual table (13 against 30 ms for the
/// 65,480 entries of the 1/16 view of the 1M-line benchmark layer, load 5), and that query is on the way
/// to the first row. A node of SQLite's R-tree (the `<rtree>_node` table; node 1 is the root, whose first
/// two bytes give the tree's depth) is a count and then per cell a 64-bit id (a row, or a child node) and
/// min x, max x, min y, max y as 32-bit floats, all big-endian; the same comparisons on the same floats as
/// SQLite's give the same entries. False (`ids` then partial) for an R-tree of another kind (rtree_i32,
/// other columns) or a node that does not parse: the virtual table answers then.
bool rtreeIds(sqlite3 *db, const QString &rtree, const Envelope &area, std::vector<sqlite3_int64> &ids)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray sql = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1";
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        return false;
    const StatementPtr declaration(raw);
    const QByteArray name = rtree.toUtf8();
    sqlite3_bind_text(raw, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(raw) != SQLITE_ROW)
        return false;
    // GeoPackage's declaration: `… USING rtree(id, minx, maxx, miny, maxy)` (names may be quoted).
    QString declared = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0))).toLower();
    declared.remove(QLatin1Char('"')).remove(QLatin1Char('`')).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    declared.remove(QLatin1Char(' ')).remove(QLatin1Char('\t')).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (!declared.endsWith(QLatin1String("usingrtree(id,minx,maxx,miny,maxy)")))
        return false;

    const QByteArray nodeTable = name + "_node";
    sqlite3_blob *rawBlob = nullptr;
    const int opened = sqlite3_blob_open(db, "main", nodeTable.constData(), "data", 1, 0, &rawBlob);
    const std::unique_ptr<sqlite3_blob, BlobCloser> blob(rawBlob);
    if (opened != SQLITE_OK)
        return false;
    std::vector<unsigned char> node;
    const auto readNode = [&]() {   // the node the handle is on; false when it is not one
        const int size = sqlite3_blob_bytes(blob.get());
        node.resize(std::size_t(std::max(0, size)));
        return size >= 4 && sqlite3_blob_read(blob.get(), node.data(), size, 0) == SQLITE_OK
               && 4 + 24 * std::size_t(qFromBigEndian<quint16>(node.data() + 2)) <= node.size();
    };
    if (!readNode())
        return false;
    constexpr int kMaxDepth = 40;   // SQLite's own limit
    const int depth = qFromBigEndian<quint16>(node.data());
    if (depth > kMaxDepth)
        return false;
    struct Pending {
        sqlite3_int64 node;
        int depth;
    };
    std::vector<Pending> pending{{1, depth}};
    bool atRoot = true;
    const auto coordinate = [](const unsigned char *bytes) {
        const quint32 bits = qFromBigEndian<quint32>(bytes);
        float v;
        std::memcpy(&v, &bits, 4);
        return double(v);
    };
    while (!pending.empty()) {
        const Pending p = pending.back();
        pending.pop_back();
        if (!atRoot && (sqlite3_blob_reopen(blob.get(), p.node) != SQLITE_OK || !readNode()))
            return false;
        atRoot = false;
        const int cells = qFromBigEndian<quint16>(node.data() + 2);
        for (int c = 0; c < cells; ++c) {
            const unsigned char *cell = node.data() + 4 + 24 * c;
            if (coordinate(cell + 12) >= area.xMin && coordinate(cell + 8) <= area.xMax
                && coordinate(cell + 20) >= area.yMin && coordinate(cell + 16) <= area.yMax) {
                const sqlite3_int64 id = qFromBigEndian<qint64>(cell);
                if (p.depth == 0)
                    ids.push_back(id);
                else
                    pending.push_back({id, p.depth - 1});
            }
        }
    }
    return true;
}

FidPart readFids(FidBlobReader &reader, const std::vector<sqlite3_int64> &fids, std::size_t from, std::size_t to)
{
    FidPart part;
    if (!reader.error().isEmpty()) {
        part.error = reader.error();
        return part;
    }
    for (std::size_t i = from; i < to; ++i)
        if (!reader.add(fids[i], int(i), part))
            return part;
    part.stats.features = part.batch.featureCount();
    return part;
}

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
    if (!area.isEmpty() && !mRtree.isEmpty())
        return readGeoPackageWindow(area, batchSize, sink, stats, error);
    // Rows come in fid order, as OGR returns them, so the drawing order is the same.
    SqliteQuery all(mSource, "SELECT " + quoted(mGeometryColumn) + " FROM " + quoted(mTable) + " ORDER BY "
                                 + quoted(mFidColumn));
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!all.statement)
        return fail(all.error);
    sqlite3_stmt *statement = all.statement.get();
    PackedGeometry batch;
    BatchLimit limit(batchSize);
    int index = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        addGeoPackageBlob(batch, static_cast<const unsigned char *>(sqlite3_column_blob(statement, 0)),
                          sqlite3_column_bytes(statement, 0), index++, area, stats);
        if (limit.reached(batch)) {
            stats.features += batch.featureCount();
            if (!sink(batch))
                return true;
            batch.clear();
            limit.passed();
        }
    }
    if (step != SQLITE_DONE)
        return fail(all.stepError(mSource));
    if (batch.featureCount() > 0) {
        stats.features += batch.featureCount();
        sink(batch);
    }
    return true;
}

bool VectorStream::readGeoPackageWindow(const Envelope &area, int batchSize,
                                        const std::function<bool(PackedGeometry &)> &sink, Stats &stats,
                                        QString *error) const
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    // The fids in view from the R-tree (its nodes, else its virtual table), put in fid order: the layer's
    // order, as OGR reads it.
    std::vector<sqlite3_int64> fids;
    {
        SqliteQuery inView(mSource, "SELECT id FROM " + quoted(mRtree)
                                        + " WHERE maxx >= ?1 AND minx <= ?2 AND maxy >= ?3 AND miny <= ?4");
        if (!inView.statement)
            return fail(inView.error);
        if (!rtreeIds(inView.db.get(), mRtree, area, fids)) {
            fids.clear();
            sqlite3_stmt *statement = inView.statement.get();
            sqlite3_bind_double(statement, 1, area.xMin);
            sqlite3_bind_double(statement, 2, area.xMax);
            sqlite3_bind_double(statement, 3, area.yMin);
            sqlite3_bind_double(statement, 4, area.yMax);
            int step = SQLITE_ROW;
            while ((step = sqlite3_step(statement)) == SQLITE_ROW)
                fids.push_back(sqlite3_column_int64(statement, 0));
            if (step != SQLITE_DONE)
                return fail(inView.stepError(mSource));
        }
    }
    std::sort(fids.begin(), fids.end());

    // Each row is a B-tree lookup and a page read (the rows of a view lie all over the file): that is
    // the cost of reading a view, so parts of it are read by two connections at once, and passed on in
    // order, each as soon as it and those before it are read. A view that fills less than two batches
    // is cut in two, so the reading and then the drawing of its halves overlap.
    const auto openReader = [this] {
        return std::make_unique<FidBlobReader>(mSource, mTable.toUtf8(), mGeometryColumn.toUtf8(), mFidColumn.toUtf8());
    };
    const std::unique_ptr<FidBlobReader> here = openReader();
    std::unique_ptr<FidBlobReader> helper;   // opened by the helper thread, used by one thread at a time
    // (Not for small views or small batches: a thread and a connection would cost more than they save.)
    constexpr std::size_t kSplitFrom = 8192;
    const bool split = fids.size() >= kSplitFrom && std::size_t(batchSize) >= kSplitFrom / 2;
    const std::size_t partSize = split ? std::min<std::size_t>(std::size_t(batchSize), (fids.size() + 1) / 2)
                                       : std::size_t(batchSize);
    const auto pass = [&](FidPart &part) {   // false on an error (then set) or when the sink stops
        stats.unusable += part.stats.unusable;
        if (!part.error.isEmpty())
            return fail(part.error);
        stats.features += part.stats.features;
        return part.batch.featureCount() == 0 || sink(part.batch);
    };
    for (std::size_t from = 0; from < fids.size();) {
        const std::size_t middle = std::min(fids.size(), from + partSize);
        const std::size_t to = split ? std::min(fids.size(), middle + partSize) : middle;
        std::future<FidPart> second;
        if (middle < to) {
            second = std::async(std::launch::async, [&, middle, to] {
                if (!helper)
                    helper = openReader();
                return readFids(*helper, fids, middle, to);
            });
        }
        FidPart first = readFids(*here, fids, from, middle);
        const bool firstRead = first.error.isEmpty();
        const bool goOn = pass(first);
        FidPart next = second.valid() ? second.get() : FidPart();
        if (!goOn)
            return firstRead;
        if (!pass(next))
            return next.error.isEmpty();
        from = to;
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
    BatchLimit limit(batchSize);
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
        if (limit.reached(batch)) {
            stats.features += batch.featureCount();
            if (!sink(batch))
                return true;
            batch.clear();
            limit.passed();
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
