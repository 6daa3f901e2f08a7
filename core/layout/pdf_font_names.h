// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/pdf_file.h"

namespace yc {

/// QPdfWriter embeds font subsets but puts the subset tag only into the font descriptor's /FontName
/// ("QVAAAA+Name"). PDF wants the font dictionary's /BaseFont tagged the same for a subset, and pdffonts
/// reports a font as a subset only then: adds revisions of the font dictionaries with the tagged name.
void tagFontSubsets(const PdfFile &file, PdfUpdate &update);

} // namespace yc
