// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/feedback.h"
#include "layout/layout_renderer.h"
#include "layout/page_layout.h"
#include "render/map_renderer.h"

#include <QList>
#include <QString>

namespace yc {

class Project;

enum class ExportResult { Ok, Canceled, CannotWrite, NothingToDraw };
/// A short translated phrase for a result ("done", "canceled", …), for messages of the CLI and the GUI.
QString describe(ExportResult result);

/// Writes one page laid out by LayoutRenderer as a vector PDF (real text in an embedded CJK font subset, the
/// map frame georeferenced) to `path`. The file appears complete or not at all: a canceled or failed export
/// leaves no file behind. `feedback` (optional) gets progress 0..100 and may cancel. `pages` (optional)
/// receives where each page's map frame is and what it shows.
ExportResult exportPdf(const Project &project, const QList<RenderLayer> &layers, const LayoutSettings &settings,
                       const QString &path, Feedback *feedback = nullptr, QList<PageResult> *pages = nullptr);

/// An atlas: one page per report section in `sections` (each laid out as `settings` with that section),
/// all in one PDF. Sections without features are skipped; NothingToDraw when none is left.
ExportResult exportAtlas(const Project &project, const QList<RenderLayer> &layers, const LayoutSettings &settings,
                         const QList<int> &sections, const QString &path, Feedback *feedback = nullptr,
                         QList<PageResult> *pages = nullptr);

} // namespace yc
