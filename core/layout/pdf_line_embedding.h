// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/pdf_file.h"
#include "render/pdf_line_forms.h"

#include <QString>

#include <vector>

namespace yc {

/// Puts each form in place of its placeholder image (render/pdf_line_forms.h): the image object becomes a
/// Form XObject that maps the form's device pixels onto the rectangle the image covered and draws the chunks,
/// each a form of its own. Returns false with `error` set when a placeholder is not found exactly once.
bool embedLineForms(const PdfFile &file, PdfUpdate &update, const std::vector<PdfLineForm> &forms,
                    QString *error = nullptr);

} // namespace yc
