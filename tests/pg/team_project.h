// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small shared project and the clients that edit it, for the tests/pg suites.

#include "pg/pg_test_support.h"

#include <QTimeZone>

namespace yc::test {

/// `count` point features "f0", "f1", … around Yuncheng, each with one history row.
inline std::unique_ptr<Project> smallProject(int count)
{
    auto project = std::make_unique<Project>();
    project->setTitle(QString::fromUtf8("协同测试"));
    QList<PlanFeature> features;
    for (int i = 0; i < count; ++i) {
        PlanFeature f;
        f.id = QStringLiteral("f%1").arg(i);
        f.nameZh = QString::fromUtf8("项目%1").arg(i);
        f.nameEn = QStringLiteral("Project %1").arg(i);
        f.category = Category::ScenicSite;
        f.county = QString::fromUtf8("盐湖区");
        f.geometry = Geometry::point({110.9 + 0.01 * i, 35.0 + 0.01 * i});
        StatusChange c;
        c.status = Status::Proposed;
        c.date = QDate(2024, 1, 1);
        c.user = QStringLiteral("report-2024");
        c.recordedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        f.history = {c};
        features.append(f);
    }
    project->setFeatures(features);
    return project;
}

/// One planner: a project and the store (connection) it was opened through.
struct Client {
    std::unique_ptr<Project> project = std::make_unique<Project>();
    std::unique_ptr<PostgisProjectStore> store;

    explicit Client(const QString &uri) : store(postgisStore(uri)) {}
    bool open() { return store && store->load(*project).ok(); }
    PlanFeature feature(const QString &id) const { return *project->feature(id); }
    void rename(const QString &id, const QString &name)
    {
        PlanFeature f = feature(id);
        f.nameZh = name;
        project->putFeature(f);
        project->undoStack()->resetClean();   // as an undo command would
    }
};

/// Publishes smallProject(count) to a fresh schema; returns its URI.
inline QString publishSmallProject(int count, const QString &prefix)
{
    const QString uri = testUri(freshSchema(prefix));
    auto project = smallProject(count);
    auto store = postgisStore(uri);
    const StorageResult saved = store->saveAs(*project);
    EXPECT_TRUE(saved.ok()) << saved.error.toStdString();
    return uri;
}

} // namespace yc::test
