// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/layer_edits.h"

#include <QDataStream>
#include <QIODevice>
#include <QSet>

namespace yc {

namespace {
const QLatin1String kPrefix("layer:");
const quint32 kJournalMagic = 0x59434c45;   // "YCLE", version 1 follows
}

QString LayerFeatureRef::toSelectionId() const
{
    return kPrefix + QString::number(fid) + QLatin1Char(':') + layerKey;
}

std::optional<LayerFeatureRef> LayerFeatureRef::fromSelectionId(const QString &id)
{
    if (!id.startsWith(kPrefix))
        return std::nullopt;
    const qsizetype colon = id.indexOf(QLatin1Char(':'), kPrefix.size());
    if (colon < 0)
        return std::nullopt;
    bool ok = false;
    const qint64 fid = id.mid(kPrefix.size(), colon - kPrefix.size()).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return LayerFeatureRef{id.mid(colon + 1), fid};
}

QString layerEditKey(const QString &resolvedPath, const QString &layerName)
{
    return resolvedPath + QLatin1Char('\n') + layerName;
}

QString layerEditPath(const QString &layerKey)
{
    return layerKey.section(QLatin1Char('\n'), 0, 0);
}

void LayerEdits::setFeature(const QString &layerKey, qint64 fid, const FeatureState &state)
{
    mEdits[layerKey].insert(fid, state);
}

QByteArray LayerEdits::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kJournalMagic << quint32(1) << qint64(mEdits.size());
    for (auto layer = mEdits.cbegin(); layer != mEdits.cend(); ++layer) {
        out << layer.key() << qint64(layer->size());
        for (auto it = layer->cbegin(); it != layer->cend(); ++it) {
            out << it.key() << bool(it->has_value());
            if (*it)
                out << (*it)->fid << int((*it)->geometry.type) << (*it)->geometry.parts << (*it)->attributes;
        }
    }
    return bytes;
}

std::optional<LayerEdits> LayerEdits::fromBytes(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    qint64 layers = 0;
    in >> magic >> version >> layers;
    if (magic != kJournalMagic || version != 1 || layers < 0)
        return std::nullopt;
    LayerEdits edits;
    for (qint64 l = 0; l < layers && in.status() == QDataStream::Ok; ++l) {
        QString key;
        qint64 count = 0;
        in >> key >> count;
        for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
            qint64 fid = -1;
            bool present = false;
            in >> fid >> present;
            FeatureState state;
            if (present) {
                VectorFeature f;
                int type = 0;
                in >> f.fid >> type >> f.geometry.parts >> f.attributes;
                f.geometry.type = GeometryType(type);
                state = f;
            }
            edits.mEdits[key].insert(fid, state);
        }
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return edits;
}

void LayerEdits::forgetFeature(const QString &layerKey, qint64 fid)
{
    const auto layer = mEdits.find(layerKey);
    if (layer == mEdits.end())
        return;
    layer->remove(fid);
    if (layer->isEmpty())
        mEdits.erase(layer);
}

LayerEdits::FeatureState LayerEdits::feature(const QString &layerKey, const VectorData &onDisk, qint64 fid) const
{
    const auto layer = mEdits.constFind(layerKey);
    if (layer != mEdits.cend()) {
        const auto edited = layer->constFind(fid);
        if (edited != layer->cend())
            return *edited;
    }
    for (const VectorFeature &f : onDisk.features)
        if (f.fid == fid)
            return f;
    return std::nullopt;
}

std::shared_ptr<const VectorData> LayerEdits::applied(const QString &layerKey,
                                                      const std::shared_ptr<const VectorData> &onDisk) const
{
    const auto layer = mEdits.constFind(layerKey);
    if (!onDisk || layer == mEdits.cend() || layer->isEmpty())
        return onDisk;
    auto data = std::make_shared<VectorData>(*onDisk);
    QSet<qint64> seen;
    QList<VectorFeature> features;
    features.reserve(data->features.size());
    data->extent = Envelope();
    for (const VectorFeature &f : std::as_const(data->features)) {
        seen.insert(f.fid);
        const auto edited = layer->constFind(f.fid);
        if (edited == layer->cend())
            features.append(f);
        else if (*edited)
            features.append(**edited);
        else
            continue;
        data->extent.include(features.last().geometry.envelope());
    }
    for (auto it = layer->cbegin(); it != layer->cend(); ++it)
        if (!seen.contains(it.key()) && *it) {
            features.append(**it);
            data->extent.include(features.last().geometry.envelope());
        }
    data->features = std::move(features);
    return data;
}

} // namespace yc
