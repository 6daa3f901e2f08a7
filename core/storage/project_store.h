// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yc {

class Project;

/// Outcome of loading or saving a project: `error` is empty on success, else one readable sentence.
struct StorageResult {
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Reads and writes a project as one GeoPackage through GDAL (see docs in storage/README.md):
/// plan features as spatial tables in EPSG:4490, links, targets, status history, layers and settings as
/// attribute tables, and the report's original text.
class GeoPackageProjectStore {
public:
    /// Writes `project` to `path` atomically: the file is either the old one or the complete new one,
    /// whatever happens during the save. Sets the project's file path on success.
    static StorageResult save(Project &project, const QString &path);
    /// Replaces `project`'s content with the file's. On failure the project is left unchanged.
    static StorageResult load(Project &project, const QString &path);
};

} // namespace yc
