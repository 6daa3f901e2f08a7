// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout_designer_dialog.h"

#include "annotation_dialog.h"
#include "plan/annotation_commands.h"

#include "geo/coordinate_transform.h"
#include "layout/feedback.h"
#include "layout/layout_items.h"
#include "layout/layout_json.h"
#include "layout/layout_renderer.h"
#include "plan/project.h"
#include "render/annotation_renderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoCommand>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace yc {

/// Shows the page image scaled to fit, on a grey desk, with a note while the next one renders.
class PagePreview : public QWidget {
public:
    explicit PagePreview(QWidget *parent) : QWidget(parent)
    {
        setMinimumSize(480, 360);
        setObjectName(QStringLiteral("pagePreview"));
        setFocusPolicy(Qt::ClickFocus);
    }
    void setImage(const QImage &image) { mImage = image; update(); }
    void setBusy(bool busy) { mBusy = busy; update(); }
    /// Dashed boxes over the sheet (selected notes), as fractions of its width and height.
    void setMarks(const QList<QRectF> &marks) { mMarks = marks; update(); }
    /// Mouse handlers, called with the position as a fraction (0..1) of the sheet's width and height; a press
    /// outside the sheet is ignored, moves and releases follow a press that was taken.
    std::function<void(QPointF)> onPress;
    std::function<void(QPointF)> onDrag;
    std::function<void(QPointF)> onRelease;
    std::function<void(QPointF)> onDoubleClick;
    /// A key pressed while the preview has the focus; true when it was used.
    std::function<bool(int key)> onKey;

    /// Where the sheet is drawn in the widget.
    QRectF sheetRect() const
    {
        const QSizeF fit = QSizeF(mImage.size()).scaled(QSizeF(size()) - QSizeF(24, 24), Qt::KeepAspectRatio);
        return QRectF(QPointF((width() - fit.width()) / 2, (height() - fit.height()) / 2), fit);
    }

protected:
    QPointF fraction(QPointF pos) const
    {
        const QRectF sheet = sheetRect();
        return QPointF((pos.x() - sheet.left()) / sheet.width(), (pos.y() - sheet.top()) / sheet.height());
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        mPressed = event->button() == Qt::LeftButton && !mImage.isNull() && sheetRect().contains(event->position());
        if (mPressed && onPress)
            onPress(fraction(event->position()));
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (mPressed && onDrag)
            onDrag(fraction(event->position()));
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (mPressed && event->button() == Qt::LeftButton && onRelease)
            onRelease(fraction(event->position()));
        mPressed = false;
    }
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && !mImage.isNull() && sheetRect().contains(event->position()) &&
            onDoubleClick)
            onDoubleClick(fraction(event->position()));
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (!onKey || !onKey(event->key()))
            QWidget::keyPressEvent(event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), QColor(120, 124, 130));
        if (!mImage.isNull()) {
            const QRectF target = sheetRect();
            p.fillRect(target.translated(3, 3), QColor(60, 60, 60));
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(target, mImage);
            p.setPen(QPen(QColor(0, 120, 215), 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            for (const QRectF &m : std::as_const(mMarks))
                p.drawRect(QRectF(target.left() + m.left() * target.width(), target.top() + m.top() * target.height(),
                                  m.width() * target.width(), m.height() * target.height()));
        }
        if (mBusy || mImage.isNull()) {
            p.setPen(Qt::white);
            p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop,
                       LayoutDesignerDialog::tr("Rendering the preview…"));
        }
    }

private:
    QImage mImage;
    bool mBusy = false;
    bool mPressed = false;
    QList<QRectF> mMarks;
};

namespace {

/// Longest side of the preview image in pixels: sharp on screen, quick to render.
constexpr int kPreviewPixels = 1600;

QImage renderPreview(std::shared_ptr<const Project> project, QList<RenderLayer> layers, LayoutSettings settings)
{
    const QSizeF mm = settings.page.sizeMm();
    // The page is drawn at whatever resolution fits the preview: the layout scales with the dpi, so it is the
    // same page as the PDF, only coarser.
    settings.dpi = std::max(10, int(std::lround(kPreviewPixels * 25.4 / std::max(mm.width(), mm.height()))));
    const QSize size(int(std::ceil(mm.width() * settings.dpi / 25.4)), int(std::ceil(mm.height() * settings.dpi / 25.4)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(std::lround(settings.dpi / 0.0254)));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    image.fill(Qt::white);
    QPainter painter(&image);
    LayoutRenderer(*project, layers, settings).renderPage(painter);
    return image;
}

/// Adds, replaces or (with empty JSON) removes a named layout template of the project.
class SetLayoutTemplateCommand : public QUndoCommand {
public:
    SetLayoutTemplateCommand(Project &project, const QString &name, const QString &json)
        : QUndoCommand(LayoutDesignerDialog::tr("Save print layout “%1”").arg(name)), mProject(project), mName(name),
          mJson(json), mOld(project.layoutTemplates().value(name))
    {
    }
    void redo() override { mProject.setLayoutTemplate(mName, mJson); }
    void undo() override { mProject.setLayoutTemplate(mName, mOld); }

private:
    Project &mProject;
    QString mName;
    QString mJson;
    QString mOld;
};

} // namespace

LayoutDesignerDialog::LayoutDesignerDialog(Project &project, const QList<RenderLayer> &layers,
                                           const Envelope &viewExtent, const Crs &viewCrs, QWidget *parent)
    : QDialog(parent), mProject(project), mLayers(layers), mViewExtent(viewExtent), mViewCrs(viewCrs),
      mTitle(new QLineEdit(this)), mSubtitle(new QLineEdit(this)), mPage(new QComboBox(this)),
      mOrientation(new QComboBox(this)), mKind(new QComboBox(this)),
      mTargetChart(new QCheckBox(tr("Report &targets chart in the side panel"), this)), mDpi(new QComboBox(this)),
      mSection(new QComboBox(this)), mExtent(new QComboBox(this)), mScale(new QComboBox(this)),
      mCrs(new QComboBox(this)), mTemplate(new QComboBox(this)),
      mSaveTemplate(new QPushButton(tr("Save as &template…"), this)), mExportPdf(new QPushButton(tr("Export &PDF…"), this)),
      mExportAtlas(new QPushButton(tr("Export &atlas…"), this)), mMessage(new QLabel(this)),
      mPreviewView(new PagePreview(this)), mPlaceText(new QPushButton(tr("Place te&xt on the page"), this))
{
    setObjectName(QStringLiteral("layoutDesigner"));
    setWindowTitle(tr("Print layout"));

    mTitle->setObjectName(QStringLiteral("layoutTitle"));
    mTitle->setPlaceholderText(project.title());
    mSubtitle->setPlaceholderText(tr("the section's title, or a general one"));
    for (const char *name : {"A4", "A3", "A2", "A1", "A0"})
        mPage->addItem(QLatin1String(name), QLatin1String(name));
    mPage->setCurrentText(QStringLiteral("A3"));
    mOrientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    mOrientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    mKind->addItem(tr("Map, legend, chart and excerpts"), int(LayoutKind::Standard));
    mKind->addItem(tr("Map with legend only"), int(LayoutKind::MapOnly));
    for (int dpi : {150, 300, 600})
        mDpi->addItem(QString::number(dpi), dpi);
    mDpi->setCurrentIndex(1);
    mSection->addItem(tr("All sections"), 0);
    for (int number : sectionsWithFeatures(project)) {
        const Section *s = project.report().section(number);
        mSection->addItem(s ? tr("%1. %2").arg(number).arg(s->title) : QString::number(number), number);
    }
    mExtent->addItem(tr("Current map view"), 0);
    mExtent->addItem(tr("Full extent (or the section's features)"), 1);
    mScale->addItem(tr("Fit the extent"), 0.0);
    for (double n : {50000.0, 100000.0, 250000.0, 500000.0})
        mScale->addItem(QStringLiteral("1:%L1").arg(qint64(n)), n);
    mCrs->addItem(tr("Project CRS (%1)").arg(project.crs().authId().isEmpty() ? project.crs().name()
                                                                              : project.crs().authId()),
                  QString());
    for (int code : {4546, 4490, 4326, 3857}) {
        const Crs crs = Crs::fromEpsg(code);
        if (!(crs == project.crs()))
            mCrs->addItem(QStringLiteral("EPSG:%1 %2").arg(code).arg(crs.name()), crs.definition());
    }
    mMessage->setWordWrap(true);
    mMessage->setObjectName(QStringLiteral("layoutMessage"));

    mTemplate->setObjectName(QStringLiteral("layoutTemplates"));
    fillTemplates();

    auto *form = new QFormLayout;
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(mTemplate, 1);
    templateRow->addWidget(mSaveTemplate);
    form->addRow(tr("Te&mplate:"), templateRow);
    form->addRow(tr("&Title:"), mTitle);
    form->addRow(tr("S&ubtitle:"), mSubtitle);
    form->addRow(tr("Page &size:"), mPage);
    form->addRow(tr("&Orientation:"), mOrientation);
    form->addRow(tr("&Layout:"), mKind);
    form->addRow(QString(), mTargetChart);
    form->addRow(tr("&Resolution (dpi):"), mDpi);
    form->addRow(tr("Se&ction:"), mSection);
    form->addRow(tr("&Extent:"), mExtent);
    form->addRow(tr("Sc&ale:"), mScale);
    form->addRow(tr("&Map CRS:"), mCrs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(mExportPdf, QDialogButtonBox::ActionRole);
    buttons->addButton(mExportAtlas, QDialogButtonBox::ActionRole);
    mExportAtlas->setToolTip(tr("One page per report section with features, all in one PDF"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addStretch(1);
    side->addWidget(mMessage);
    side->addWidget(buttons);
    auto *top = new QHBoxLayout(this);
    top->addWidget(mPreviewView, 1);
    top->addLayout(side);

    for (QLineEdit *e : {mTitle, mSubtitle})
        connect(e, &QLineEdit::textChanged, this, &LayoutDesignerDialog::schedulePreview);
    for (QComboBox *c : {mPage, mOrientation, mKind, mSection, mExtent, mScale, mCrs})
        connect(c, &QComboBox::currentIndexChanged, this, &LayoutDesignerDialog::schedulePreview);
    mTargetChart->setObjectName(QStringLiteral("layoutTargetChart"));
    mTargetChart->setToolTip(tr("The report's quantitative targets and the values recorded for them, as on the dashboard"));
    connect(mTargetChart, &QCheckBox::toggled, this, &LayoutDesignerDialog::schedulePreview);
    // The side panel belongs to the standard layout only.
    connect(mKind, &QComboBox::currentIndexChanged, this, [this]() {
        mTargetChart->setEnabled(LayoutKind(mKind->currentData().toInt()) == LayoutKind::Standard);
    });
    connect(mTemplate, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyTemplate(mTemplate->itemText(index));
    });
    connect(mSaveTemplate, &QPushButton::clicked, this, [this]() {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Template name:"), QLineEdit::Normal,
                                                   mTemplate->currentIndex() > 0 ? mTemplate->currentText() : QString(),
                                                   &ok).trimmed();
        if (ok && !name.isEmpty())
            saveTemplate(name);
    });
    mPlaceText->setObjectName(QStringLiteral("placePageText"));
    mPlaceText->setCheckable(true);
    mPlaceText->setToolTip(tr("Click on the page preview to place a text note on the sheet (saved with the project, "
                              "for this template)"));
    side->insertWidget(1, mPlaceText);
    connect(mPlaceText, &QPushButton::toggled, this, [this](bool on) {
        mPreviewView->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
        if (on)
            mMessage->setText(tr("Click on the page where the text goes."));
    });
    const auto toMm = [this](QPointF fraction) {
        const QSizeF sheet = pageSetup().sizeMm();
        return QPointF(fraction.x() * sheet.width(), fraction.y() * sheet.height());
    };
    mPreviewView->onPress = [this, toMm](QPointF fraction) {
        if (mPlaceText->isChecked()) {
            mPlaceText->setChecked(false);
            placePageText(toMm(fraction));
            return;
        }
        grabPageNote(toMm(fraction));
    };
    mPreviewView->onDrag = [this, toMm](QPointF fraction) { dragPageNote(toMm(fraction)); };
    mPreviewView->onRelease = [this, toMm](QPointF fraction) {
        dragPageNote(toMm(fraction));
        mNoteGrab.reset();
    };
    mPreviewView->onDoubleClick = [this, toMm](QPointF fraction) {
        const QString id = pageNoteAt(toMm(fraction));
        if (!id.isEmpty())
            editPageNote(id);
    };
    mPreviewView->onKey = [this](int key) {
        if ((key != Qt::Key_Delete && key != Qt::Key_Backspace) || !mProject.annotations().find(mSelectedNote))
            return false;
        mProject.undoStack()->push(new RemoveAnnotationCommand(mProject, mSelectedNote));
        selectPageNote({});
        return true;
    };
    connect(mExportPdf, &QPushButton::clicked, this, [this]() { exportTo(false); });
    connect(mExportAtlas, &QPushButton::clicked, this, [this]() { exportTo(true); });
    // Edits to the plan while the dialog is open show in the next preview.
    for (auto signal : {&Project::featuresReset, &Project::crsChanged})
        connect(&project, signal, this, [this]() { mSnapshot.reset(); schedulePreview(); });
    connect(&project, &Project::featureChanged, this, [this]() { mSnapshot.reset(); schedulePreview(); });
    connect(&project, &Project::targetValuesChanged, this, [this]() { mSnapshot.reset(); schedulePreview(); });
    connect(&project.annotations(), &Annotations::changed, this, [this]() {
        mSnapshot.reset();
        selectPageNote(mProject.annotations().find(mSelectedNote) ? mSelectedNote : QString());   // follow moves
        schedulePreview();
    });
    // The page notes belong to the template: another template shows (and selects among) its own.
    connect(mTemplate, &QComboBox::currentIndexChanged, this, [this]() { selectPageNote({}); });

    mDelay.setSingleShot(true);
    mDelay.setInterval(150);
    connect(&mDelay, &QTimer::timeout, this, &LayoutDesignerDialog::startPreview);
    connect(&mWatcher, &QFutureWatcher<QImage>::finished, this, &LayoutDesignerDialog::previewDone);
    mChooser = [this](const QString &caption, const QString &suggested) {
        return QFileDialog::getSaveFileName(this, caption, suggested, tr("PDF files (*.pdf)"));
    };
    resize(1300, 820);
    startPreview();
}

void LayoutDesignerDialog::placePageText(QPointF mm)
{
    Annotation a;
    a.id = uniqueAnnotationId(mProject);
    a.kind = AnnotationKind::Text;
    a.placement = AnnotationPlacement::Page;
    a.layout = templateName();
    a.a = a.b = mm;
    a.fontSize = 14;
    if (mNoteDialog)
        mNoteDialog->close();
    auto *dialog = new AnnotationDialog(a, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    mNoteDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        mProject.undoStack()->push(new AddAnnotationCommand(mProject, dialog->annotation()));
        mMessage->setText(tr("Placed the text on the page (undoable; saved with the project)."));
    });
    dialog->open();
}

QString LayoutDesignerDialog::pageNoteAt(QPointF mm) const
{
    const QList<Annotation> notes = mProject.annotations().onPage(templateName());
    for (auto it = notes.crbegin(); it != notes.crend(); ++it)   // topmost first
        if (pageNoteBounds(*it).contains(mm))
            return it->id;
    return {};
}

QRectF LayoutDesignerDialog::pageNoteBounds(const Annotation &note) const
{
    // Measured at 10 pixels per millimetre (254 dpi), then back in millimetres.
    constexpr double k = 10;
    const QRectF px = AnnotationRenderer(25.4 * k, layout::pageFontFamily()).bounds(note, note.a * k, note.b * k);
    return QRectF(px.topLeft() / k, px.size() / k);
}

void LayoutDesignerDialog::selectPageNote(const QString &id)
{
    mSelectedNote = id;
    QList<QRectF> marks;
    const QSizeF sheet = pageSetup().sizeMm();
    if (const Annotation *note = mProject.annotations().find(id)) {
        const QRectF mm = pageNoteBounds(*note);
        marks << QRectF(mm.left() / sheet.width(), mm.top() / sheet.height(), mm.width() / sheet.width(),
                        mm.height() / sheet.height());
    }
    mPreviewView->setMarks(marks);
}

void LayoutDesignerDialog::grabPageNote(QPointF mm)
{
    selectPageNote(pageNoteAt(mm));
    const Annotation *note = mProject.annotations().find(mSelectedNote);
    if (!note) {
        mNoteGrab.reset();
        return;
    }
    static int gestures = 0;
    mNoteGrab = NoteGrab{mm, note->a, note->b, ++gestures, false};
}

void LayoutDesignerDialog::dragPageNote(QPointF mm)
{
    if (!mNoteGrab || !mProject.annotations().find(mSelectedNote))
        return;
    const QPointF delta = mm - mNoteGrab->press;
    if (!mNoteGrab->moved && std::hypot(delta.x(), delta.y()) < 1)   // a millimetre: below that it is a click
        return;
    mNoteGrab->moved = true;
    mProject.undoStack()->push(new MoveAnnotationCommand(mProject, mSelectedNote, mNoteGrab->a + delta,
                                                         mNoteGrab->b + delta, mNoteGrab->gesture));
}

void LayoutDesignerDialog::editPageNote(const QString &id)
{
    const Annotation *note = mProject.annotations().find(id);
    if (!note)
        return;
    mNoteGrab.reset();
    selectPageNote(id);
    if (mNoteDialog)
        mNoteDialog->close();
    auto *dialog = new AnnotationDialog(*note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    mNoteDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const Annotation edited = dialog->annotation();
        const Annotation *current = mProject.annotations().find(edited.id);
        if (current && !(*current == edited))
            mProject.undoStack()->push(new EditAnnotationCommand(mProject, edited));
    });
    dialog->open();
}

LayoutDesignerDialog::~LayoutDesignerDialog()
{
    // The workers hold their own snapshots; wait only so nothing reports to a dead dialog.
    if (mExportFeedback)
        mExportFeedback->cancel();
    mExport.waitForFinished();
    mWatcher.waitForFinished();
}

PageSetup LayoutDesignerDialog::pageSetup() const
{
    PageSetup page;
    page.size = *PageSetup::sizeFromName(mPage->currentData().toString());
    page.orientation = QPageLayout::Orientation(mOrientation->currentData().toInt());
    return page;
}

QString LayoutDesignerDialog::templateName() const
{
    return mTemplate->currentIndex() > 0 ? mTemplate->currentText() : QString();
}

LayoutSettings LayoutDesignerDialog::settings() const
{
    LayoutSettings s;
    s.page = pageSetup();
    s.kind = LayoutKind(mKind->currentData().toInt());
    s.targetChart = mTargetChart->isChecked();
    s.title = mTitle->text().trimmed();
    s.subtitle = mSubtitle->text().trimmed();
    s.section = mSection->currentData().toInt();
    s.dpi = mDpi->currentData().toInt();
    const QString crs = mCrs->currentData().toString();
    s.crs = crs.isEmpty() ? Crs() : Crs::fromUserInput(crs);
    const Crs &mapCrs = s.crs.isEmpty() ? mProject.crs() : s.crs;
    if (mExtent->currentData().toInt() == 0 && !mViewExtent.isEmpty()) {
        const CoordinateTransform t(mViewCrs, mapCrs);
        s.extent = t.isValid() ? t.apply(mViewExtent) : Envelope();
    } else if (mExtent->currentData().toInt() == 2) {
        s.extent = mTemplateExtent;
    }
    s.scaleDenominator = mScale->currentData().toDouble();
    s.layoutName = templateName();
    return s;
}

void LayoutDesignerDialog::fillTemplates()
{
    const QString current = mTemplate->currentIndex() > 0 ? mTemplate->currentText() : QString();
    mTemplate->clear();
    mTemplate->addItem(tr("(none)"));
    mTemplate->addItems(mProject.layoutTemplates().keys());
    mTemplate->setCurrentIndex(std::max(0, mTemplate->findText(current)));
    mTemplate->setEnabled(mTemplate->count() > 1);
}

void LayoutDesignerDialog::saveTemplate(const QString &name)
{
    mProject.undoStack()->push(
        new SetLayoutTemplateCommand(mProject, name, QString::fromUtf8(layoutToJson(settings()))));
    fillTemplates();
    mTemplate->setCurrentIndex(mTemplate->findText(name));
    mMessage->setText(tr("Saved the template “%1” in the project (saved with the project).").arg(name));
}

bool LayoutDesignerDialog::applyTemplate(const QString &name)
{
    QString error;
    const std::optional<LayoutSettings> s =
        mProject.layoutTemplates().contains(name)
            ? layoutFromJson(mProject.layoutTemplates().value(name).toUtf8(), &error)
            : std::nullopt;
    if (!s) {
        mMessage->setText(tr("The template “%1” cannot be used: %2").arg(name, error));
        return false;
    }
    const auto select = [](QComboBox *box, const QVariant &value, const QString &text) {
        int i = box->findData(value);
        if (i < 0) {
            box->addItem(text, value);
            i = box->count() - 1;
        }
        box->setCurrentIndex(i);
    };
    const QSizeF mm = s->page.size.size(QPageSize::Millimeter);
    const QString page = s->page.size.id() == QPageSize::Custom ? QStringLiteral("%1x%2").arg(mm.width()).arg(mm.height())
                                                                : QPageSize::key(s->page.size.id());
    select(mPage, page, page);
    select(mOrientation, int(s->page.orientation), QString());
    select(mKind, int(s->kind), QString());
    mTargetChart->setChecked(s->targetChart);
    select(mDpi, s->dpi, QString::number(s->dpi));
    select(mSection, s->section, QString::number(s->section));
    select(mScale, s->scaleDenominator, QStringLiteral("1:%L1").arg(qint64(s->scaleDenominator)));
    select(mCrs, s->crs.definition(), s->crs.isEmpty() ? QString() : s->crs.definition());
    mTemplateExtent = s->extent;
    if (!s->extent.isEmpty())
        select(mExtent, 2, tr("The template's extent"));
    else
        select(mExtent, 1, QString());
    mTitle->setText(s->title);
    mSubtitle->setText(s->subtitle);
    mTemplate->setCurrentIndex(mTemplate->findText(name));
    schedulePreview();
    return true;
}

void LayoutDesignerDialog::schedulePreview()
{
    mPreviewView->setBusy(true);
    mDelay.start();
}

std::shared_ptr<const Project> LayoutDesignerDialog::projectSnapshot()
{
    if (mSnapshot)
        return mSnapshot;
    // A detached copy of what the page shows: the workers read it while the user goes on editing the original.
    // It is a QObject of the GUI thread, so it is deleted there whichever thread lets go of it last.
    auto *copy = new Project;
    copy->setTitle(mProject.title());
    copy->setReport(mProject.report());
    copy->setFeatures(mProject.features());
    copy->setLayers(mProject.layers());
    copy->setCrs(mProject.crs());
    copy->setFilePath(mProject.filePath());
    copy->annotations().setAll(mProject.annotations().list());
    copy->setTargetValues(mProject.targetValues());
    mSnapshot = std::shared_ptr<const Project>(copy, [](const Project *p) { const_cast<Project *>(p)->deleteLater(); });
    return mSnapshot;
}

void LayoutDesignerDialog::startPreview()
{
    if (mWatcher.isRunning()) {
        mPending = true;
        return;
    }
    mPending = false;
    mPreviewView->setBusy(true);
    mWatcher.setFuture(QtConcurrent::run(renderPreview, projectSnapshot(), mLayers, settings()));
}

void LayoutDesignerDialog::previewDone()
{
    mPreview = mWatcher.result();
    mPreviewView->setImage(mPreview);
    if (mPending) {
        startPreview();
    } else {
        mPreviewView->setBusy(mDelay.isActive());
        Q_EMIT previewUpdated();
    }
}

void LayoutDesignerDialog::exportTo(bool atlas)
{
    if (mExport.isRunning())
        return;
    const LayoutSettings s = settings();
    const QString base = mProject.filePath().isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                             : QFileInfo(mProject.filePath()).absolutePath();
    const QString name = atlas ? QStringLiteral("atlas.pdf")
                               : s.section > 0 ? QStringLiteral("section-%1.pdf").arg(s.section) : QStringLiteral("map.pdf");
    QString path = mChooser(atlas ? tr("Export atlas") : tr("Export PDF"), QDir(base).filePath(name));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");

    mExportPdf->setEnabled(false);
    mExportAtlas->setEnabled(false);
    mMessage->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    auto feedback = std::make_shared<Feedback>();
    mExportFeedback = feedback;
    // The callback runs on the export's thread: hand the numbers over through the progress dialog's event
    // queue. It outlives the job (deleted when the job is done; the destructor waits for the job).
    feedback->setProgressCallback([progress](int percent, const QString &step) {
        QMetaObject::invokeMethod(progress, [progress, percent, step]() {
            progress->setValue(percent);
            progress->setLabelText(step);
        }, Qt::QueuedConnection);
    });
    connect(progress, &QProgressDialog::canceled, this, [feedback]() { feedback->cancel(); });

    const std::shared_ptr<const Project> project = projectSnapshot();
    const QList<RenderLayer> layers = mLayers;
    auto *watcher = new QFutureWatcher<ExportResult>(this);
    connect(watcher, &QFutureWatcher<ExportResult>::finished, this, [this, watcher, progress, path]() {
        const ExportResult result = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        mExportFeedback.reset();
        mExportPdf->setEnabled(true);
        mExportAtlas->setEnabled(true);
        mMessage->setText(result == ExportResult::Ok
                              ? tr("Wrote %1 (%2 KB).").arg(QDir::toNativeSeparators(path)).arg(QFileInfo(path).size() / 1024)
                              : tr("Export to %1: %2.").arg(QDir::toNativeSeparators(path), describe(result)));
        Q_EMIT exportFinished(result, path);
    });
    mExport = QtConcurrent::run([project, layers, s, path, atlas, feedback]() {
        return atlas ? exportAtlas(*project, layers, s, sectionsWithFeatures(*project), path, feedback.get())
                     : exportPdf(*project, layers, s, path, feedback.get());
    });
    watcher->setFuture(mExport);
}

} // namespace yc
