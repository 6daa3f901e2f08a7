// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/storage: the project_annotations table (schema in storage/README.md).
#pragma once

#include "plan/annotation.h"

#include <QList>
#include <QString>

#include <optional>

class GDALDataset;
class OGRLayer;

namespace yc::gpkg {

inline constexpr char kAnnotations[] = "project_annotations";

/// Creates the (empty) table in `ds`; call before the save's transaction starts. nullptr with `error`.
OGRLayer *createAnnotationTable(GDALDataset &ds, QString *error);
/// Inserts the annotations in drawing order; returns an error or empty.
QString writeAnnotations(OGRLayer &table, const QList<Annotation> &annotations);
/// The annotations of `ds` in drawing order; an empty list when the file has no such table (projects saved
/// before annotations existed). nullopt with `error` for unknown kinds, duplicate ids or missing columns.
std::optional<QList<Annotation>> readAnnotations(GDALDataset &ds, QString *error);

} // namespace yc::gpkg
