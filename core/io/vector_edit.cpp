// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/vector_edit.h"

#include "geo/ogr_geometry.h"
#include "io/encoding_detect.h"
#include "io/gdal_support.h"
#include "io/ogr_values.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <filesystem>
#include <system_error>

namespace yc {

using detail::DatasetPtr;
using detail::openVector;

namespace {

const char kShapefileDriver[] = "ESRI Shapefile";

OGRLayer *findLayer(GDALDataset &ds, const QString &layerName)
{
    if (layerName.isEmpty())
        return ds.GetLayerCount() > 0 ? ds.GetLayer(0) : nullptr;
    return ds.GetLayerByName(layerName.toUtf8().constData());
}

std::filesystem::path fsPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

/// The open options that make GDAL write text back in the encoding it was read in, and (shapefiles) keep the
/// fids of the features as they are instead of repacking the file on close.
CPLStringList openOptionsFor(GDALDataset &ds, OGRLayer &layer, const QString &encoding)
{
    CPLStringList options;
    if (detail::driverName(ds) != QLatin1String(kShapefileDriver))
        return options;
    options.SetNameValue("AUTO_REPACK", "NO");
    QString use = encoding;
    if (use.isEmpty() && detail::declaredEncoding(layer).isEmpty()) {
        const TextEncodingGuess guess = detectDbfEncoding(detail::dbfPathOf(ds, layer));
        if (guess == TextEncodingGuess::Cp936 || guess == TextEncodingGuess::Gb18030)
            use = encodingName(guess);
    }
    if (!use.isEmpty())
        options.SetNameValue("ENCODING", use.toUtf8().constData());
    return options;
}

VectorFeature toVectorFeature(OGRFeature &f)
{
    VectorFeature out;
    out.fid = f.GetFID();
    out.geometry = detail::fromOgrGeometry(f.GetGeometryRef());
    const OGRFeatureDefn *defn = f.GetDefnRef();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        out.attributes.append(detail::attributeOf(f, i, *defn->GetFieldDefn(i)));
    return out;
}

/// Applies the changes to `layer`; returns an error sentence or empty.
QString apply(OGRLayer &layer, const QList<VectorFeatureChange> &changes, VectorWriteBackResult &result)
{
    OGRFeatureDefn *defn = layer.GetLayerDefn();
    for (const VectorFeatureChange &c : changes) {
        std::unique_ptr<OGRFeature> onDisk(c.fid >= 0 ? layer.GetFeature(c.fid) : nullptr);
        if (!c.feature) {
            if (!onDisk) {
                ++result.unchanged;   // already gone
                continue;
            }
            if (layer.DeleteFeature(c.fid) != OGRERR_NONE)
                return VectorEdit::tr("Cannot delete feature %1").arg(c.fid);
            ++result.deleted;
            continue;
        }
        const VectorFeature &want = *c.feature;
        if (onDisk) {
            const VectorFeature have = toVectorFeature(*onDisk);
            if (have.geometry == want.geometry && have.attributes == want.attributes) {
                ++result.unchanged;
                continue;
            }
            // Only what differs is set, so untouched values keep their exact stored form.
            if (!(have.geometry == want.geometry))
                onDisk->SetGeometryDirectly(want.geometry.isEmpty() ? nullptr
                                                                    : detail::toOgrGeometry(want.geometry).release());
            for (int i = 0; i < defn->GetFieldCount() && i < want.attributes.size(); ++i)
                if (have.attributes.value(i) != want.attributes.at(i))
                    detail::setAttribute(*onDisk, i, want.attributes.at(i));
            if (layer.SetFeature(onDisk.get()) != OGRERR_NONE)
                return VectorEdit::tr("Cannot write feature %1").arg(c.fid);
            ++result.changed;
            continue;
        }
        OGRFeature added(defn);
        added.SetFID(c.fid);
        if (!want.geometry.isEmpty())
            added.SetGeometryDirectly(detail::toOgrGeometry(want.geometry).release());
        for (int i = 0; i < defn->GetFieldCount() && i < want.attributes.size(); ++i)
            detail::setAttribute(added, i, want.attributes.at(i));
        if (layer.CreateFeature(&added) != OGRERR_NONE)
            return VectorEdit::tr("Cannot add feature %1").arg(c.fid);
        ++result.added;
    }
    return {};
}

/// Whether the features of the written copy kept their fids: every changed fid holds what was written and the
/// ones not touched are all still there.
bool fidsKept(const QString &copy, const CPLStringList &options, const QString &layerName,
              const QSet<qint64> &before, const QList<VectorFeatureChange> &changes)
{
    DatasetPtr ds = openVector(copy, GDAL_OF_READONLY, options.List());
    OGRLayer *layer = ds ? findLayer(*ds, layerName) : nullptr;
    if (!layer)
        return false;
    QHash<qint64, const VectorFeatureChange *> byFid;
    for (const VectorFeatureChange &c : changes)
        byFid.insert(c.fid, &c);
    QSet<qint64> expected = before;
    for (const VectorFeatureChange &c : changes) {
        if (c.feature)
            expected.insert(c.fid);
        else
            expected.remove(c.fid);
    }
    QSet<qint64> found;
    layer->ResetReading();
    for (auto &f : *layer) {
        found.insert(f->GetFID());
        const auto it = byFid.constFind(f->GetFID());
        if (it != byFid.cend() && (!(*it)->feature || !(detail::fromOgrGeometry(f->GetGeometryRef()) == (*it)->feature->geometry)))
            return false;
    }
    return found == expected;
}

VectorWriteBackResult writeInTransaction(GDALDataset &ds, OGRLayer &layer, const QList<VectorFeatureChange> &changes,
                                         detail::GdalErrorCapture &capture)
{
    VectorWriteBackResult result;
    result.inTransaction = true;
    result.error = apply(layer, changes, result);
    if (!result.error.isEmpty()) {
        ds.RollbackTransaction();
        result.error = detail::withGdalReason(result.error, capture);
        return result;
    }
    if (ds.CommitTransaction() != OGRERR_NONE)
        result.error = detail::withGdalReason(VectorEdit::tr("Cannot commit the changes"), capture);
    return result;
}

/// Writes into a copy of the data set's files in a temporary folder next to them, then moves the copies over the
/// originals.
VectorWriteBackResult writeThroughCopy(const QString &source, const QStringList &files, const CPLStringList &options,
                                       const QString &layerName, const QList<VectorFeatureChange> &changes,
                                       detail::GdalErrorCapture &capture)
{
    VectorWriteBackResult result;
    const QFileInfo sourceInfo(source);
    QTemporaryDir temp(sourceInfo.absoluteDir().filePath(QLatin1Char('.') + sourceInfo.completeBaseName()
                                                         + QLatin1String(".saving-XXXXXX")));
    if (!temp.isValid()) {
        result.error = VectorEdit::tr("Cannot create a temporary folder next to %1").arg(QDir::toNativeSeparators(source));
        return result;
    }
    for (const QString &file : files) {
        if (QFileInfo(file).absolutePath() != sourceInfo.absolutePath()
            || !QFile::copy(file, temp.filePath(QFileInfo(file).fileName()))) {
            result.error = VectorEdit::tr("Cannot copy %1 for writing").arg(QDir::toNativeSeparators(file));
            return result;
        }
    }
    const QString copy = temp.filePath(sourceInfo.fileName());
    QSet<qint64> fidsBefore;
    {
        DatasetPtr ds = openVector(copy, GDAL_OF_UPDATE, options.List());
        OGRLayer *layer = ds ? findLayer(*ds, layerName) : nullptr;
        if (!layer) {
            result.error = detail::withGdalReason(VectorEdit::tr("Cannot open a copy of %1 for writing")
                                                      .arg(QDir::toNativeSeparators(source)), capture);
            return result;
        }
        layer->ResetReading();
        for (auto &f : *layer)
            fidsBefore.insert(f->GetFID());
        result.error = apply(*layer, changes, result);
        if (!result.error.isEmpty()) {
            result.error = detail::withGdalReason(result.error, capture);
            return result;   // the copy is dropped, the file untouched
        }
        capture.clear();
        ds.reset();   // closing writes the file; a failure shows as a CPL error
        if (capture.hasFailure()) {
            result.error = detail::withGdalReason(VectorEdit::tr("Cannot write %1").arg(QDir::toNativeSeparators(source)), capture);
            return result;
        }
    }
    result.fidsRenumbered = !fidsKept(copy, options, layerName, fidsBefore, changes);
    // Each file is replaced whole in one rename; files the driver added (a new .cpg…) come along.
    const QDir tempDir(temp.path());
    for (const QString &name : tempDir.entryList(QDir::Files | QDir::Hidden)) {
        std::error_code ec;
        std::filesystem::rename(fsPath(tempDir.filePath(name)), fsPath(sourceInfo.absoluteDir().filePath(name)), ec);
        if (ec) {
            result.error = VectorEdit::tr("Cannot replace %1: %2")
                               .arg(QDir::toNativeSeparators(sourceInfo.absoluteDir().filePath(name)),
                                    QString::fromLocal8Bit(ec.message()));
            return result;
        }
    }
    return result;
}

} // namespace

VectorLayerWritability vectorLayerWritability(const QString &source, const QString &layerName)
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture capture;
    VectorLayerWritability out;
    DatasetPtr ds = openVector(source, GDAL_OF_READONLY);
    OGRLayer *layer = ds ? findLayer(*ds, layerName) : nullptr;
    if (!layer) {
        out.reason = detail::withGdalReason(VectorEdit::tr("Cannot open %1").arg(source), capture);
        return out;
    }
    const QString driver = detail::driverName(*ds);
    ds.reset();
    const QFileInfo info(source);
    if (!info.isFile()) {
        out.reason = VectorEdit::tr("It is not a plain file (%1), so its edits cannot be saved safely.").arg(driver);
        return out;
    }
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
        out.reason = VectorEdit::tr("The file or its folder is read-only.");
        return out;
    }
    ds = openVector(source, GDAL_OF_UPDATE);
    layer = ds ? findLayer(*ds, layerName) : nullptr;
    if (!layer) {
        out.reason = VectorEdit::tr("GDAL's %1 driver cannot change existing files.").arg(driver);
        return out;
    }
    if (!layer->TestCapability(OLCRandomWrite) || !layer->TestCapability(OLCDeleteFeature)) {
        out.reason = VectorEdit::tr("GDAL's %1 driver cannot rewrite or delete features of this layer.").arg(driver);
        return out;
    }
    out.transactions = ds->TestCapability(ODsCTransactions);
    out.writable = true;
    return out;
}

VectorWriteBackResult writeBackVectorChanges(const QString &source, const VectorWriteBackOptions &options,
                                             const QList<VectorFeatureChange> &changes)
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture capture;
    VectorWriteBackResult result;
    DatasetPtr ds = openVector(source, GDAL_OF_READONLY);
    OGRLayer *layer = ds ? findLayer(*ds, options.layerName) : nullptr;
    if (!layer) {
        result.error = detail::withGdalReason(VectorEdit::tr("Cannot open %1").arg(source), capture);
        return result;
    }
    const CPLStringList openOptions = openOptionsFor(*ds, *layer, options.encoding);
    QStringList files;
    char **list = ds->GetFileList();
    for (char **f = list; f && *f; ++f)
        files << QString::fromUtf8(*f);
    CSLDestroy(list);
    ds.reset();
    if (changes.isEmpty())
        return result;

    ds = openVector(source, GDAL_OF_UPDATE, openOptions.List());
    layer = ds ? findLayer(*ds, options.layerName) : nullptr;
    if (!layer) {
        result.error = detail::withGdalReason(VectorEdit::tr("Cannot open %1 for writing").arg(source), capture);
        return result;
    }
    // Native transactions only: GDAL's emulated ones copy files in ways we do not control.
    if (ds->StartTransaction(FALSE) == OGRERR_NONE) {
        result = writeInTransaction(*ds, *layer, changes, capture);
        capture.clear();
        ds.reset();
        if (result.ok() && capture.hasFailure())
            result.error = detail::withGdalReason(VectorEdit::tr("Cannot finish writing %1").arg(source), capture);
        return result;
    }
    ds.reset();
    if (files.isEmpty()) {
        result.error = VectorEdit::tr("%1 is not a file, so its edits cannot be saved safely").arg(source);
        return result;
    }
    return writeThroughCopy(source, files, openOptions, options.layerName, changes, capture);
}

} // namespace yc
