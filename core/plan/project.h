// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "plan/annotation.h"
#include "plan/bookmarks.h"
#include "plan/layer_edits.h"
#include "plan/plan_feature.h"
#include "plan/target_progress.h"
#include "report/report.h"
#include "report/targets.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <optional>

namespace yc {

/// A map layer the project shows under the plan: a file GDAL reads, with its display settings.
struct LayerRef {
    QString name;         ///< shown in the layer tree
    QString source;       ///< path (relative to the project file where possible) or GDAL connection string
    QString layerName;    ///< layer inside a multi-layer source; empty for the first
    bool visible = true;
    double opacity = 1.0;
    QString style;        ///< JSON style (see render/layer_style.h); empty for defaults
    bool operator==(const LayerRef &) const = default;
};

/// The report, the plan features, the base layers and the settings of one planning project.
/// Owned by whoever opened it and passed explicitly (no singleton). Lives on the GUI thread;
/// model changes go through `undoStack()` commands and are announced by signals.
class Project : public QObject {
    Q_OBJECT
public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    const QString &title() const { return mTitle; }
    void setTitle(const QString &t) { mTitle = t; }

    const Report &report() const { return mReport; }
    void setReport(Report report);                    ///< also re-extracts targets
    const QList<Target> &targets() const { return mTargets; }
    const Target *target(const QString &id) const;

    const QList<PlanFeature> &features() const { return mFeatures; }
    const PlanFeature *feature(const QString &id) const;
    void setFeatures(QList<PlanFeature> features);    ///< replaces all (loading); not undoable
    /// Low-level mutators for undo commands: replace or insert a feature / remove it. Emit featureChanged.
    void putFeature(const PlanFeature &f);
    void removeFeature(const QString &id);
    /// Features linked to a sentence, in project order.
    QList<const PlanFeature *> featuresForSentence(const QString &sentenceId) const;

    /// Recorded current values of the report's targets (see plan/target_progress.h). Ids of targets the report no
    /// longer has are kept, so nothing recorded is lost.
    const TargetValues &targetValues() const { return mTargetValues; }
    void setTargetValues(TargetValues values);   ///< replaces all (loading); not undoable
    /// Low-level mutator for undo commands: one target's history (empty removes it). Emits targetValuesChanged.
    void setTargetValueHistory(const QString &targetId, const QList<TargetValue> &history);

    const QList<LayerRef> &layers() const { return mLayers; }
    void setLayers(QList<LayerRef> layers);

    /// CRS the map is shown in (default EPSG:4546). Plan features are stored in EPSG:4490.
    const Crs &crs() const { return mCrs; }
    void setCrs(const Crs &crs);
    static Crs storageCrs() { return Crs::cgcs2000(); }

    /// Named print layouts: name → LayoutSettings as JSON (see layout/layout_json.h), saved with the project.
    const QMap<QString, QString> &layoutTemplates() const { return mLayoutTemplates; }
    void setLayoutTemplates(QMap<QString, QString> templates) { mLayoutTemplates = std::move(templates); }
    /// Adds or replaces one (an empty `json` removes it). Low-level: undo commands and loading call it.
    void setLayoutTemplate(const QString &name, const QString &json)
    {
        if (json.isEmpty())
            mLayoutTemplates.remove(name);
        else
            mLayoutTemplates.insert(name, json);
    }

    /// Text, callouts, arrows and shapes drawn on the map or on layout pages; saved with the project.
    Annotations &annotations() { return mAnnotations; }
    const Annotations &annotations() const { return mAnnotations; }
    /// Named map views (see plan/bookmarks.h), saved with the project.
    const QList<Bookmark> &bookmarks() const { return mBookmarks; }
    void setBookmarks(QList<Bookmark> bookmarks);   ///< low-level: SetBookmarksCommand and loading call it

    /// Path of the project file this was loaded from / saved to; empty for a new project.
    const QString &filePath() const { return mFilePath; }
    void setFilePath(const QString &p) { mFilePath = p; }
    /// Resolves a layer source relative to the project file's folder.
    QString resolveSource(const QString &source) const;

    /// Unsaved edits of external layers (see plan/layer_edits.h); written back to the files on save.
    const LayerEdits &layerEdits() const { return mLayerEdits; }
    /// Low-level mutators for undo commands, saving and reloading. Emit layerEditsChanged.
    void setLayerFeature(const QString &layerKey, qint64 fid, const LayerEdits::FeatureState &state);
    void setLayerEdits(LayerEdits edits);

    QUndoStack *undoStack() { return &mUndoStack; }
    const QUndoStack *undoStack() const { return &mUndoStack; }

Q_SIGNALS:
    void featureChanged(const QString &id);   ///< added, changed or removed
    void featuresReset();
    void targetValuesChanged(const QString &targetId);   ///< empty id: all of them were replaced
    void layersChanged();
    void crsChanged();
    void bookmarksChanged();
    void layerEditsChanged();

private:
    QString mTitle;
    Report mReport;
    QList<Target> mTargets;
    QList<PlanFeature> mFeatures;
    TargetValues mTargetValues;
    QList<LayerRef> mLayers;
    Crs mCrs = Crs::cgcs2000Gk111();
    QMap<QString, QString> mLayoutTemplates;
    Annotations mAnnotations;
    QList<Bookmark> mBookmarks;
    LayerEdits mLayerEdits;
    QString mFilePath;
    QUndoStack mUndoStack;
};

} // namespace yc
