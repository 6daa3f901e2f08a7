// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/vector_data.h"

#include <QCoreApplication>

#include <optional>

namespace yc {

/// Translation context of the write-back messages.
class VectorEdit {
    Q_DECLARE_TR_FUNCTIONS(yc::VectorEdit)
};

/// Whether edits of a vector layer can be written back to its file, and if not, why (one sentence).
struct VectorLayerWritability {
    bool writable = false;
    QString reason;              ///< why not; empty when writable
    bool transactions = false;   ///< written in a GDAL transaction (GeoPackage…); else as a replaced copy
};
VectorLayerWritability vectorLayerWritability(const QString &source, const QString &layerName = {});

/// The state one feature must have after the write: the whole feature (geometry in the layer's CRS, attributes in
/// field order, as readVectorLayer gave them), or nullopt to delete it. A feature whose fid the file does not hold
/// is added.
struct VectorFeatureChange {
    qint64 fid = -1;
    std::optional<VectorFeature> feature;
};

struct VectorWriteBackOptions {
    QString layerName;   ///< empty: the first layer
    /// Shapefile text encoding ("CP936"…); empty: the declared one (.cpg or DBF code page), else the one the
    /// DBF's bytes suggest, exactly as readVectorLayer decides, so text goes back in the bytes it came in.
    QString encoding;
};

struct VectorWriteBackResult {
    QString error;              ///< empty on success; the file is then untouched
    int changed = 0;
    int added = 0;
    int deleted = 0;
    int unchanged = 0;          ///< features whose state already matched the file (nothing written)
    bool inTransaction = false; ///< written in place in one transaction; else a copy replaced the files
    /// The driver gave the remaining features new fids (GeoJSON after a delete): fids held elsewhere are stale.
    bool fidsRenumbered = false;
    bool ok() const { return error.isEmpty(); }
};

/// Writes the changes into the layer, all or nothing. Drivers with transactions (GeoPackage, SQLite…) write in
/// place in one transaction. Others (Shapefile, GeoJSON…) write into a copy of the data set's files in a
/// temporary folder next to it, and the copy's files then replace the originals one by one with rename(2)
/// (each file is replaced whole; sidecars such as .prj and .cpg are kept). Shapefiles are not repacked, so the
/// fids of the other features stay as they were (deleted records stay flagged in the DBF).
VectorWriteBackResult writeBackVectorChanges(const QString &source, const VectorWriteBackOptions &options,
                                             const QList<VectorFeatureChange> &changes);

} // namespace yc
