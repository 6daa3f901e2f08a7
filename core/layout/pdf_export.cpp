// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/pdf_export.h"

#include "layout/pdf_font_names.h"
#include "layout/pdf_georef.h"
#include "layout/pdf_line_embedding.h"
#include "plan/project.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace yc {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct LayoutText {
    Q_DECLARE_TR_FUNCTIONS(yc::Layout)
};

ExportResult exportPages(const Project &project, const QList<RenderLayer> &layers, const QList<LayoutSettings> &pages,
                         const QString &path, Feedback *feedback, QList<PageResult> *results)
{
    const auto canceled = [feedback] { return feedback && feedback->isCanceled(); };
    if (feedback)
        feedback->setProgress(0, LayoutText::tr("starting"));
    if (pages.isEmpty() || canceled())
        return pages.isEmpty() ? ExportResult::NothingToDraw : ExportResult::Canceled;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Yuncheng Planner"));
    writer.setResolution(pages.first().dpi);
    writer.setPageLayout(pages.first().page.pageLayout());
    QList<PageGeoreference> georefs;
    const auto lineForms = std::make_shared<PdfLineForms>();
    QPainter painter;
    for (int i = 0; i < pages.size(); ++i) {
        const LayoutSettings &s = pages.at(i);
        LayoutRenderer renderer(project, layers, s);
        renderer.setPdfLineForms(lineForms);
        if (renderer.features().isEmpty() && layers.isEmpty())
            return ExportResult::NothingToDraw;
        if (i == 0) {
            writer.setTitle(s.title.isEmpty() ? project.title() : s.title);
            if (!painter.begin(&writer))
                return ExportResult::CannotWrite;
        } else {
            writer.setPageLayout(s.page.pageLayout());
            writer.newPage();
        }
        const int from = 2 + 88 * i / int(pages.size());
        const int to = 2 + 88 * (i + 1) / int(pages.size());
        const std::optional<PageResult> result = renderer.renderPage(painter, feedback, from, to);
        if (!result) {
            painter.end();
            return ExportResult::Canceled;
        }
        // Device pixels (y down) to PDF points (y up).
        const double toPoints = 72.0 / s.dpi;
        const double pageHeight = s.page.sizePoints().height();
        const QRectF &f = result->frame;
        georefs.append({i, QRectF(QPointF(f.left() * toPoints, pageHeight - f.bottom() * toPoints),
                                  QPointF(f.right() * toPoints, pageHeight - f.top() * toPoints)),
                        result->frameExtent, result->crs});
        if (results)
            results->append(*result);
    }
    painter.end();
    if (feedback)
        feedback->setProgress(92, LayoutText::tr("georeferencing"));
    if (canceled())
        return ExportResult::Canceled;
    // An incremental update of what QPdfWriter wrote: the line layers' forms, the georeference, font names.
    QString error;
    const std::optional<PdfFile> written = PdfFile::parse(buffer.data(), &error);
    if (!written) {
        qWarning("cannot read the PDF QPdfWriter wrote: %s", qPrintable(error));
        return ExportResult::CannotWrite;
    }
    PdfUpdate update(*written);
    if (!embedLineForms(*written, update, lineForms->takeForms(), &error)) {
        qWarning("cannot put the line layers into the PDF: %s", qPrintable(error));
        return ExportResult::CannotWrite;
    }
    if (!georeferencePdf(*written, update, georefs, &error))
        qWarning("PDF georeferencing failed: %s", qPrintable(error));
    tagFontSubsets(*written, update);
    const QByteArray pdf = update.finish();
    if (feedback)
        feedback->setProgress(96, LayoutText::tr("writing the file"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return ExportResult::CannotWrite;
    if (canceled()) {
        file.cancelWriting();
        return ExportResult::Canceled;
    }
    if (!file.commit())
        return ExportResult::CannotWrite;
    if (feedback)
        feedback->setProgress(100, LayoutText::tr("done"));
    return ExportResult::Ok;
}

} // namespace

QString describe(ExportResult result)
{
    switch (result) {
    case ExportResult::Ok: return LayoutText::tr("done");
    case ExportResult::Canceled: return LayoutText::tr("canceled");
    case ExportResult::CannotWrite: return LayoutText::tr("cannot write the file");
    case ExportResult::NothingToDraw: return LayoutText::tr("nothing to draw (no features and no layers)");
    }
    return {};
}

ExportResult exportPdf(const Project &project, const QList<RenderLayer> &layers, const LayoutSettings &settings,
                       const QString &path, Feedback *feedback, QList<PageResult> *pages)
{
    if (settings.section > 0 && sectionFeatures(project, settings.section).isEmpty())
        return ExportResult::NothingToDraw;
    return exportPages(project, layers, {settings}, path, feedback, pages);
}

ExportResult exportAtlas(const Project &project, const QList<RenderLayer> &layers, const LayoutSettings &settings,
                         const QList<int> &sections, const QString &path, Feedback *feedback,
                         QList<PageResult> *results)
{
    QList<LayoutSettings> pages;
    for (int section : sections) {
        if (sectionFeatures(project, section).isEmpty())
            continue;
        LayoutSettings s = settings;
        s.section = section;
        pages.append(s);
    }
    if (pages.isEmpty())
        return ExportResult::NothingToDraw;
    return exportPages(project, layers, pages, path, feedback, results);
}

} // namespace yc
