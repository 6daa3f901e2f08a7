// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geometry.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace yc {

enum class Category {
    TourismRoad,
    ScenicSite,
    TourismResort,
    SelfDriveCamp,
    TourismService,      ///< roadside stations, viewpoints, toilets along tourism roads
    CulturalEnterprise,  ///< craft and creative-product enterprises
    PumpedStorage,
    EnergyFacility,
    Airport,
    MuseumHeritage,
    Education,
    InnovationPlatform,
    IndustrialZone,      ///< development zones, logistics and bonded zones
    UrbanFacility,
    UrbanArea,           ///< spatial structure and integration areas
    RuralDevelopment,
    HealthFacility,
    SportsFacility,
    EcologyProject,
    WaterProject,
    Event,
};

enum class Status { Proposed, PreliminaryWork, UnderConstruction, Completed, OnHold };

enum class LocationConfidence { Surveyed, Approximate, Placeholder };

/// Stable machine names, used in files and on the command line ("tourism_road", "under_construction"...).
QString toKey(Category c);
QString toKey(Status s);
QString toKey(LocationConfidence c);
std::optional<Category> categoryFromKey(const QString &key);
std::optional<Status> statusFromKey(const QString &key);
std::optional<LocationConfidence> confidenceFromKey(const QString &key);
QList<Category> allCategories();
QList<Status> allStatuses();

/// Human names (translated through QCoreApplication::translate, context "yc::Plan").
QString displayName(Category c);
QString displayName(Status s);
QString displayName(LocationConfidence c);

/// One entry of a feature's status history.
struct StatusChange {
    Status status = Status::Proposed;
    QDate date;            ///< when the status took effect
    QString note;
    QString user;          ///< who recorded it
    QDateTime recordedAt;  ///< when it was recorded (UTC)
    bool operator==(const StatusChange &) const = default;
};

/// A project, site, facility, event or area of the plan.
struct PlanFeature {
    QString id;                 ///< stable, e.g. "yellow_river_road"
    QString nameZh;
    QString nameEn;
    Category category = Category::ScenicSite;
    QString county;             ///< Chinese county name, e.g. "盐湖区"; empty for city-wide features
    Geometry geometry;          ///< in the project's storage CRS (EPSG:4490 lon/lat)
    LocationConfidence confidence = LocationConfidence::Approximate;
    QString locationNote;       ///< where the position comes from, how exact it is
    QList<StatusChange> history;   ///< oldest first; never empty for a valid feature
    QStringList sentenceIds;    ///< linked report sentences, e.g. {"4.1.1"}
    QStringList targetIds;      ///< linked report targets

    Status status() const { return history.isEmpty() ? Status::Proposed : history.last().status; }
    bool operator==(const PlanFeature &) const = default;
};

} // namespace yc
