// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/vector_data.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace yc {

/// One feature of an external layer (a vector file the planner added), as the selection and the tools name it.
/// `layerKey` is layerEditKey() of the layer; `fid` the feature id GDAL gives it.
struct LayerFeatureRef {
    QString layerKey;
    qint64 fid = -1;
    bool operator==(const LayerFeatureRef &) const = default;

    /// The id the Selection carries for it: "layer:<fid>:<layerKey>" (plan feature ids never start so).
    QString toSelectionId() const;
    static std::optional<LayerFeatureRef> fromSelectionId(const QString &id);
};

/// The key of an external layer's edits: its resolved file path and the layer's name inside it.
QString layerEditKey(const QString &resolvedPath, const QString &layerName);
/// The path part of a layer key.
QString layerEditPath(const QString &layerKey);

/// The unsaved edits of external layers, kept apart from the file until the project is saved. An entry holds the
/// state a feature has now: the whole feature (geometry in the layer's CRS, attributes in field order) or
/// nullopt when it was deleted. Undo commands put absolute states (never differences), so undoing after a save
/// restores the old values, and entries that already match the file are harmless.
class LayerEdits {
public:
    using FeatureState = std::optional<VectorFeature>;

    bool isEmpty() const { return mEdits.isEmpty(); }
    QStringList layerKeys() const { return mEdits.keys(); }
    /// The edited features of one layer by fid; empty when it has none.
    QMap<qint64, FeatureState> edits(const QString &layerKey) const { return mEdits.value(layerKey); }
    bool hasEdits(const QString &layerKey) const { return mEdits.contains(layerKey); }
    void setFeature(const QString &layerKey, qint64 fid, const FeatureState &state);
    void clearLayer(const QString &layerKey) { mEdits.remove(layerKey); }
    /// Drops the entry of one feature (it then shows as in the file).
    void forgetFeature(const QString &layerKey, qint64 fid);
    bool operator==(const LayerEdits &) const = default;

    /// A binary form for the autosave journal (QDataStream: exact doubles, typed attribute values).
    QByteArray toBytes() const;
    /// Reads toBytes() output; nullopt when the bytes are not such a form.
    static std::optional<LayerEdits> fromBytes(const QByteArray &bytes);

    /// The feature as it is now: the edited state, else the one in `onDisk`; nullopt when deleted or unknown.
    FeatureState feature(const QString &layerKey, const VectorData &onDisk, qint64 fid) const;
    /// `onDisk` with this layer's edits applied (a shared copy only when there are edits): moved features
    /// replaced in place, deleted ones left out, features not in the file appended.
    std::shared_ptr<const VectorData> applied(const QString &layerKey,
                                              const std::shared_ptr<const VectorData> &onDisk) const;

private:
    QHash<QString, QMap<qint64, FeatureState>> mEdits;
};

} // namespace yc
