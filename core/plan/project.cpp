// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/project.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace yc {

Project::Project(QObject *parent) : QObject(parent) {}
Project::~Project() = default;

void Project::setReport(Report report)
{
    mReport = std::move(report);
    mTargets = extractTargets(mReport);
}

const Target *Project::target(const QString &id) const
{
    auto it = std::find_if(mTargets.cbegin(), mTargets.cend(), [&](const Target &t) { return t.id == id; });
    return it == mTargets.cend() ? nullptr : &*it;
}

const PlanFeature *Project::feature(const QString &id) const
{
    auto it = std::find_if(mFeatures.cbegin(), mFeatures.cend(), [&](const PlanFeature &f) { return f.id == id; });
    return it == mFeatures.cend() ? nullptr : &*it;
}

void Project::setFeatures(QList<PlanFeature> features)
{
    mFeatures = std::move(features);
    Q_EMIT featuresReset();
}

void Project::putFeature(const PlanFeature &f)
{
    auto it = std::find_if(mFeatures.begin(), mFeatures.end(), [&](const PlanFeature &g) { return g.id == f.id; });
    if (it == mFeatures.end())
        mFeatures.append(f);
    else
        *it = f;
    Q_EMIT featureChanged(f.id);
}

void Project::removeFeature(const QString &id)
{
    const auto removed = mFeatures.removeIf([&](const PlanFeature &f) { return f.id == id; });
    if (removed > 0)
        Q_EMIT featureChanged(id);
}

QList<const PlanFeature *> Project::featuresForSentence(const QString &sentenceId) const
{
    QList<const PlanFeature *> out;
    for (const PlanFeature &f : mFeatures)
        if (f.sentenceIds.contains(sentenceId))
            out.append(&f);
    return out;
}

void Project::setTargetValues(TargetValues values)
{
    mTargetValues = std::move(values);
    Q_EMIT targetValuesChanged({});
}

void Project::setTargetValueHistory(const QString &targetId, const QList<TargetValue> &history)
{
    if (history.isEmpty())
        mTargetValues.remove(targetId);
    else
        mTargetValues.insert(targetId, history);
    Q_EMIT targetValuesChanged(targetId);
}

void Project::setLayers(QList<LayerRef> layers)
{
    mLayers = std::move(layers);
    Q_EMIT layersChanged();
}

void Project::setBookmarks(QList<Bookmark> bookmarks)
{
    mBookmarks = std::move(bookmarks);
    Q_EMIT bookmarksChanged();
}

void Project::setCrs(const Crs &crs)
{
    if (crs == mCrs)
        return;
    mCrs = crs;
    Q_EMIT crsChanged();
}

void Project::setLayerFeature(const QString &layerKey, qint64 fid, const LayerEdits::FeatureState &state)
{
    mLayerEdits.setFeature(layerKey, fid, state);
    Q_EMIT layerEditsChanged();
}

void Project::setLayerEdits(LayerEdits edits)
{
    if (edits == mLayerEdits)
        return;
    mLayerEdits = std::move(edits);
    Q_EMIT layerEditsChanged();
}

QString Project::resolveSource(const QString &source) const
{
    if (source.isEmpty() || QDir::isAbsolutePath(source) || mFilePath.isEmpty())
        return source;
    // GDAL connection strings ("PG:…", "/vsizip/…") are left as they are.
    if (source.contains(QLatin1Char(':')) && !QFileInfo::exists(QFileInfo(mFilePath).dir().filePath(source)))
        return source;
    return QDir::cleanPath(QFileInfo(mFilePath).dir().filePath(source));
}

} // namespace yc
