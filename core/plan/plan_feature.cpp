// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plan_feature.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace yc {

namespace {

// One table per enum: key, English source string (translated at display time).
constexpr std::array kCategories = {
    std::pair{Category::TourismRoad, "tourism_road"},
    std::pair{Category::ScenicSite, "scenic_site"},
    std::pair{Category::TourismResort, "tourism_resort"},
    std::pair{Category::SelfDriveCamp, "self_drive_camp"},
    std::pair{Category::TourismService, "tourism_service"},
    std::pair{Category::CulturalEnterprise, "cultural_enterprise"},
    std::pair{Category::PumpedStorage, "pumped_storage"},
    std::pair{Category::EnergyFacility, "energy_facility"},
    std::pair{Category::Airport, "airport"},
    std::pair{Category::MuseumHeritage, "museum_heritage"},
    std::pair{Category::Education, "education"},
    std::pair{Category::InnovationPlatform, "innovation_platform"},
    std::pair{Category::IndustrialZone, "industrial_zone"},
    std::pair{Category::UrbanFacility, "urban_facility"},
    std::pair{Category::UrbanArea, "urban_area"},
    std::pair{Category::RuralDevelopment, "rural_development"},
    std::pair{Category::HealthFacility, "health_facility"},
    std::pair{Category::SportsFacility, "sports_facility"},
    std::pair{Category::EcologyProject, "ecology_project"},
    std::pair{Category::WaterProject, "water_project"},
    std::pair{Category::Event, "event"},
};

constexpr std::array kStatuses = {
    std::pair{Status::Proposed, "proposed"},
    std::pair{Status::PreliminaryWork, "preliminary_work"},
    std::pair{Status::UnderConstruction, "under_construction"},
    std::pair{Status::Completed, "completed"},
    std::pair{Status::OnHold, "on_hold"},
};

constexpr std::array kConfidences = {
    std::pair{LocationConfidence::Surveyed, "surveyed"},
    std::pair{LocationConfidence::Approximate, "approximate"},
    std::pair{LocationConfidence::Placeholder, "placeholder"},
};

template<typename Table, typename E>
QString keyOf(const Table &table, E value)
{
    for (const auto &[v, key] : table)
        if (v == value)
            return QString::fromLatin1(key);
    return {};
}

template<typename E, typename Table>
std::optional<E> valueOf(const Table &table, const QString &key)
{
    for (const auto &[v, k] : table)
        if (key == QLatin1String(k))
            return v;
    return std::nullopt;
}

/// Translation context of the plan vocabulary (a class so that lupdate sees the context).
struct Plan {
    Q_DECLARE_TR_FUNCTIONS(yc::Plan)
};

} // namespace

QString toKey(Category c) { return keyOf(kCategories, c); }
QString toKey(Status s) { return keyOf(kStatuses, s); }
QString toKey(LocationConfidence c) { return keyOf(kConfidences, c); }
std::optional<Category> categoryFromKey(const QString &key) { return valueOf<Category>(kCategories, key); }
std::optional<Status> statusFromKey(const QString &key) { return valueOf<Status>(kStatuses, key); }
std::optional<LocationConfidence> confidenceFromKey(const QString &key)
{
    return valueOf<LocationConfidence>(kConfidences, key);
}

QList<Category> allCategories()
{
    QList<Category> out;
    for (const auto &[c, key] : kCategories)
        out.append(c);
    return out;
}

QList<Status> allStatuses()
{
    QList<Status> out;
    for (const auto &[s, key] : kStatuses)
        out.append(s);
    return out;
}

QString displayName(Category c)
{
    switch (c) {
    case Category::TourismRoad: return Plan::tr("Tourism road");
    case Category::ScenicSite: return Plan::tr("Scenic site");
    case Category::TourismResort: return Plan::tr("Tourism resort");
    case Category::SelfDriveCamp: return Plan::tr("Self-drive camp");
    case Category::TourismService: return Plan::tr("Tourism service facility");
    case Category::CulturalEnterprise: return Plan::tr("Cultural enterprise");
    case Category::PumpedStorage: return Plan::tr("Pumped-storage power station");
    case Category::EnergyFacility: return Plan::tr("Energy facility");
    case Category::Airport: return Plan::tr("Airport");
    case Category::MuseumHeritage: return Plan::tr("Museum or heritage site");
    case Category::Education: return Plan::tr("Education");
    case Category::InnovationPlatform: return Plan::tr("Innovation platform");
    case Category::IndustrialZone: return Plan::tr("Industrial or logistics zone");
    case Category::UrbanFacility: return Plan::tr("Urban facility");
    case Category::UrbanArea: return Plan::tr("Urban structure area");
    case Category::RuralDevelopment: return Plan::tr("Rural development");
    case Category::HealthFacility: return Plan::tr("Health facility");
    case Category::SportsFacility: return Plan::tr("Sports facility");
    case Category::EcologyProject: return Plan::tr("Ecology project");
    case Category::WaterProject: return Plan::tr("Water project");
    case Category::Event: return Plan::tr("Event");
    }
    return {};
}

QString displayName(Status s)
{
    switch (s) {
    case Status::Proposed: return Plan::tr("Proposed");
    case Status::PreliminaryWork: return Plan::tr("Preliminary work");
    case Status::UnderConstruction: return Plan::tr("Under construction");
    case Status::Completed: return Plan::tr("Completed");
    case Status::OnHold: return Plan::tr("On hold");
    }
    return {};
}

QString displayName(LocationConfidence c)
{
    switch (c) {
    case LocationConfidence::Surveyed: return Plan::tr("Surveyed");
    case LocationConfidence::Approximate: return Plan::tr("Approximate");
    case LocationConfidence::Placeholder: return Plan::tr("Placeholder (not yet sited)");
    }
    return {};
}

} // namespace yc
