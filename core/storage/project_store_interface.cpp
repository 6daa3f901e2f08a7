// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/project_store_interface.h"

#include "plan/project.h"
#include "storage/postgis_project_store.h"

namespace yc {

namespace {

/// The default backend: one GeoPackage file, rewritten whole and atomically on every save.
class GeoPackageStore : public ProjectStore {
public:
    explicit GeoPackageStore(QString path) : mPath(std::move(path)) {}
    QString location() const override { return mPath; }
    StorageResult load(Project &project) override { return GeoPackageProjectStore::load(project, mPath); }
    SaveResult save(Project &project) override { return {GeoPackageProjectStore::save(project, mPath).error, {}, {}}; }
    StorageResult saveAs(Project &project) override { return GeoPackageProjectStore::save(project, mPath); }

private:
    QString mPath;
};

} // namespace

bool isDatabaseLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

std::unique_ptr<ProjectStore> makeProjectStore(const QString &location, QString *error)
{
    if (!isDatabaseLocation(location))
        return std::make_unique<GeoPackageStore>(location);
    auto parsed = parsePostgisUri(location, error);
    if (!parsed)
        return nullptr;
    return std::make_unique<PostgisProjectStore>(std::move(*parsed));
}

StorageResult loadProject(Project &project, const QString &location)
{
    QString error;
    const auto store = makeProjectStore(location, &error);
    return store ? store->load(project) : StorageResult{error};
}

} // namespace yc
