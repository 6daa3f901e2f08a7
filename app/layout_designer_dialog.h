// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation_dialog.h"
#include "geo/crs.h"
#include "geo/envelope.h"
#include "layout/page_layout.h"
#include "layout/pdf_export.h"
#include "render/map_renderer.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace yc {

class Feedback;
class PagePreview;
class Project;

/// File ▸ Print layout…: the page settings on the right, a live preview on the left drawn by the same
/// LayoutRenderer::renderPage() as the PDF, and the PDF / atlas export. Previews and exports run on worker
/// threads from a snapshot of the project, so the GUI never waits; rapid changes are coalesced and the last
/// preview stays up while the next one renders. Named templates are kept in the project (an undoable
/// change). `project` must outlive the dialog (open it window-modal).
class LayoutDesignerDialog : public QDialog {
    Q_OBJECT
public:
    /// `layers` are the base layers as loaded; `viewExtent` (in `viewCrs`) is the map view, the default extent.
    LayoutDesignerDialog(Project &project, const QList<RenderLayer> &layers, const Envelope &viewExtent,
                         const Crs &viewCrs, QWidget *parent = nullptr);
    ~LayoutDesignerDialog() override;

    /// The page as the widgets describe it.
    LayoutSettings settings() const;
    /// The last finished preview (the whole sheet); null before the first.
    const QImage &preview() const { return mPreview; }
    bool isPreviewing() const { return mWatcher.isRunning() || mDelay.isActive(); }

    /// Asks where to write a PDF (caption, suggested path); empty cancels. Default: a file dialog. Tests
    /// inject their own.
    using PathChooser = std::function<QString(const QString &caption, const QString &suggested)>;
    void setPathChooser(PathChooser chooser) { mChooser = std::move(chooser); }

    /// Stores the current settings in the project as template `name` (replacing one of that name).
    void saveTemplate(const QString &name);
    /// Sets the widgets from the project's template `name`; false when there is none or it is unreadable.
    bool applyTemplate(const QString &name);

    /// Opens the properties dialog for a new text note at `mm` on the sheet (page annotation of the current
    /// template); OK adds it as an undoable command. The "Place text on the page" button and a click on the
    /// preview call it.
    void placePageText(QPointF mm);
    /// The dialog of the note being placed or edited, while it is open.
    AnnotationDialog *noteDialog() const { return mNoteDialog; }
    /// Page notes on the preview: a press selects the note under it and a drag moves it (one undo step), a
    /// double click opens its properties (editPageNote), Delete removes it. Positions in mm on the sheet.
    /// The id of the topmost page note of the current template at `mm`; empty when none.
    QString pageNoteAt(QPointF mm) const;
    /// The selected page note; empty when none.
    const QString &selectedPageNote() const { return mSelectedNote; }
    /// Opens the properties dialog of page note `id`; OK records the edit as an undoable command.
    void editPageNote(const QString &id);

    QLineEdit *titleEdit() const { return mTitle; }
    QComboBox *templateBox() const { return mTemplate; }
    QCheckBox *targetChartBox() const { return mTargetChart; }
    QPushButton *exportButton() const { return mExportPdf; }
    QPushButton *atlasButton() const { return mExportAtlas; }

Q_SIGNALS:
    void previewUpdated();
    /// An export ended (also when canceled or failed).
    void exportFinished(yc::ExportResult result, const QString &path);

private:
    struct Snapshot;
    void schedulePreview();
    void startPreview();
    void previewDone();
    std::shared_ptr<const Project> projectSnapshot();
    void exportTo(bool atlas);
    void fillTemplates();
    /// The sheet and the chosen template's name as the widgets say: cheap, for mouse handling (settings()
    /// also turns the view extent into the map CRS).
    PageSetup pageSetup() const;
    QString templateName() const;
    QRectF pageNoteBounds(const Annotation &note) const;   ///< mm on the sheet
    void selectPageNote(const QString &id);
    void grabPageNote(QPointF mm);
    void dragPageNote(QPointF mm);

    Project &mProject;
    QList<RenderLayer> mLayers;
    Envelope mViewExtent;
    Crs mViewCrs;
    Envelope mTemplateExtent;                   ///< extent of the applied template, in its CRS
    std::shared_ptr<const Project> mSnapshot;   ///< rebuilt after the project changes

    QLineEdit *mTitle;
    QLineEdit *mSubtitle;
    QComboBox *mPage;
    QComboBox *mOrientation;
    QComboBox *mKind;
    QCheckBox *mTargetChart;
    QComboBox *mDpi;
    QComboBox *mSection;
    QComboBox *mExtent;
    QComboBox *mScale;
    QComboBox *mCrs;
    QComboBox *mTemplate;
    QPushButton *mSaveTemplate;
    QPushButton *mExportPdf;
    QPushButton *mExportAtlas;
    QLabel *mMessage;
    PagePreview *mPreviewView;
    QPushButton *mPlaceText;
    QPointer<AnnotationDialog> mNoteDialog;
    QString mSelectedNote;
    struct NoteGrab {
        QPointF press;    ///< mm
        QPointF a, b;     ///< the note's points at the press
        int gesture = 0;  ///< its moves merge into one undo step
        bool moved = false;
    };
    std::optional<NoteGrab> mNoteGrab;

    QImage mPreview;
    QFutureWatcher<QImage> mWatcher;
    QTimer mDelay;
    bool mPending = false;   ///< settings changed while a preview was rendering
    QFuture<ExportResult> mExport;           ///< the export running, if any
    std::shared_ptr<Feedback> mExportFeedback;
    PathChooser mChooser;
};

} // namespace yc
