// SPDX-License-Identifier: GPL-3.0-or-later
// Content checks of the bundled plan (seeds/plan-features.json) against the report it maps:
// coverage of the placeable sentences, the links, the keys, and where every feature lies.
#include "geo/coordinate_transform.h"
#include "geo/crs.h"
#include "io/vector_data.h"
#include "plan/plan_feature.h"
#include "report/report.h"
#include "report/targets.h"
#include "storage/plan_seed.h"
#include "test_support.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

namespace yc {
namespace {

std::string str(const QString &s) { return s.toStdString(); }

const QStringList kCounties = {
    QStringLiteral("盐湖区"), QStringLiteral("临猗县"), QStringLiteral("万荣县"), QStringLiteral("闻喜县"),
    QStringLiteral("稷山县"), QStringLiteral("新绛县"), QStringLiteral("垣曲县"), QStringLiteral("绛县"),
    QStringLiteral("夏县"),   QStringLiteral("平陆县"), QStringLiteral("芮城县"), QStringLiteral("永济市"),
    QStringLiteral("河津市"),
};

// Features without a county (roads, river works, belts, city-wide programmes) may run along the city's
// border: the Yellow River is the border, and the outline is unofficial.
constexpr double kBorderToleranceM = 5000;
// Lines and polygons of one county may touch its neighbours this much (simplified outlines).
constexpr double kCountyToleranceM = 2000;

/// Rows of a tab-separated file under tests/data/, header line skipped.
QList<QStringList> readTsv(const QString &name)
{
    QList<QStringList> rows;
    QFile f(test::dataDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows.append(lines.at(i).split(QLatin1Char('\t')));
    return rows;
}

/// The feature's Chinese name without bracketed qualifiers and quotation marks, as the report would print it.
QString nameCore(const QString &nameZh)
{
    static const QRegularExpression brackets(QStringLiteral("（[^）]*）"));
    QString core = nameZh;
    core.remove(brackets);
    for (const QChar mark : {u'“', u'”', u'《', u'》'})
        core.remove(mark);
    return core;
}

/// Every vertex of a geometry, as point geometries.
QList<Geometry> vertices(const Geometry &g)
{
    QList<Geometry> out;
    for (const Geometry::Part &part : g.parts)
        for (const QPolygonF &ring : part)
            for (const QPointF &p : ring)
                out.append(Geometry::point(p));
    return out;
}

struct County {
    QString name;
    Geometry area;   // EPSG:4546, metres
};

class PlanContent : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        const QString seedPath = test::sourceDir() + QStringLiteral("/seeds/plan-features.json");
        if (const auto seed = readPlanSeed(seedPath, &sSeedError))
            sFeatures = seed->features;
        sReport = Report::parse(test::bundledReportText());
        sTargets = extractTargets(sReport);

        // The optional "aliases" member is not part of PlanFeature: read it from the file itself.
        QFile f(seedPath);
        if (f.open(QIODevice::ReadOnly)) {
            sRaw = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray();
            for (const QJsonValue &v : std::as_const(sRaw)) {
                const QJsonObject o = v.toObject();
                QStringList aliases;
                for (const QJsonValue &a : o.value(QStringLiteral("aliases")).toArray())
                    aliases.append(a.toString());
                sAliases.insert(o.value(QStringLiteral("id")).toString(), aliases);
            }
        }
        for (const QStringList &row : readTsv(QStringLiteral("sentence-placeability.tsv")))
            sPlaceability.append(row);
        for (const QStringList &row : readTsv(QStringLiteral("link-exceptions.tsv")))
            sExceptions.append(row);
    }

    static bool isPlaceable(const QString &sentenceId)
    {
        for (const QStringList &row : std::as_const(sPlaceability))
            if (row.value(0) == sentenceId)
                return row.value(1) == QLatin1String("yes");
        return false;
    }

    static bool isException(const QString &featureId, const QString &sentenceId)
    {
        return std::any_of(sExceptions.cbegin(), sExceptions.cend(), [&](const QStringList &row) {
            return row.value(0) == featureId && row.value(1) == sentenceId;
        });
    }

    /// The linked sentence prints the feature's name or one of its aliases.
    static bool sentenceNames(const PlanFeature &f, const Sentence &s)
    {
        if (s.text.contains(nameCore(f.nameZh)))
            return true;
        const QStringList aliases = sAliases.value(f.id);
        return std::any_of(aliases.cbegin(), aliases.cend(), [&](const QString &a) { return s.text.contains(a); });
    }

    /// The counties of maps/yuncheng-base.gpkg in EPSG:4546; empty with `error` set when unavailable.
    static QList<County> loadCounties(QString *error)
    {
        const QString path = test::sourceDir() + QStringLiteral("/maps/yuncheng-base.gpkg");
        if (!QFile::exists(path)) {
            *error = QStringLiteral("%1 does not exist: build the base map first").arg(path);
            return {};
        }
        const QStringList layers = vectorLayerNames(path, error);
        for (const QString &layer : layers) {
            auto data = readVectorLayer(path, {layer, {}}, error);
            if (!data || data->geometryType == GeometryType::Point || data->geometryType == GeometryType::LineString)
                continue;
            // The county layer is the one whose some text field holds all thirteen county names.
            for (qsizetype field = 0; field < data->fields.size(); ++field) {
                QList<County> counties;
                for (const VectorFeature &vf : std::as_const(data->features)) {
                    const QString name = vf.attributes.value(field).toString();
                    if (kCounties.contains(name))
                        counties.append({name, vf.geometry});
                }
                if (counties.size() != kCounties.size())
                    continue;
                CoordinateTransform toMetres(data->crs, Crs::cgcs2000Gk111());
                if (!toMetres.isValid()) {
                    *error = QStringLiteral("cannot transform layer %1: %2").arg(layer, toMetres.error());
                    return {};
                }
                for (County &c : counties) {
                    c.area = toMetres.apply(c.area);
                    if (!c.area.isValid())
                        c.area = c.area.makeValid().value_or(c.area);
                }
                return counties;
            }
        }
        *error = QStringLiteral("no layer of %1 holds the 13 county names").arg(path);
        return {};
    }

    static inline QString sSeedError;
    static inline QList<PlanFeature> sFeatures;
    static inline Report sReport;
    static inline QList<Target> sTargets;
    static inline QJsonArray sRaw;
    static inline QHash<QString, QStringList> sAliases;
    static inline QList<QStringList> sPlaceability;
    static inline QList<QStringList> sExceptions;
};

TEST_F(PlanContent, SeedAndReportLoad)
{
    ASSERT_TRUE(sSeedError.isEmpty()) << str(sSeedError);
    EXPECT_GE(sFeatures.size(), 80);
    EXPECT_EQ(sRaw.size(), sFeatures.size());
    ASSERT_FALSE(sReport.isEmpty());
}

TEST_F(PlanContent, PlaceabilityListsEverySentenceOnce)
{
    QSet<QString> listed;
    for (const QStringList &row : std::as_const(sPlaceability)) {
        ASSERT_EQ(row.size(), 3) << str(row.join(QLatin1Char('|')));
        EXPECT_FALSE(listed.contains(row.at(0))) << "listed twice: " << str(row.at(0));
        listed.insert(row.at(0));
        EXPECT_TRUE(row.at(1) == QLatin1String("yes") || row.at(1) == QLatin1String("no")) << str(row.at(0));
        EXPECT_FALSE(row.at(2).trimmed().isEmpty()) << "no reason for " << str(row.at(0));
        EXPECT_NE(sReport.sentence(row.at(0)), nullptr) << "not a sentence of the report: " << str(row.at(0));
    }
    for (const Sentence *s : sReport.allSentences())
        EXPECT_TRUE(listed.contains(s->id)) << "sentence missing from sentence-placeability.tsv: " << str(s->id);
}

TEST_F(PlanContent, EveryPlaceableSentenceHasAFeatureAndNoOtherDoes)
{
    QHash<QString, int> linked;
    for (const PlanFeature &f : std::as_const(sFeatures))
        for (const QString &id : f.sentenceIds)
            ++linked[id];
    int placeable = 0;
    for (const QStringList &row : std::as_const(sPlaceability)) {
        if (isPlaceable(row.value(0))) {
            ++placeable;
            EXPECT_GT(linked.value(row.value(0)), 0) << "placeable sentence without a feature: " << str(row.value(0));
        } else {
            EXPECT_EQ(linked.value(row.value(0)), 0)
                << "sentence marked not placeable but linked by a feature: " << str(row.value(0));
        }
    }
    EXPECT_GE(placeable, 30);
}

TEST_F(PlanContent, IdsAreUniqueSnakeCase)
{
    static const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    QSet<QString> ids;
    for (const PlanFeature &f : std::as_const(sFeatures)) {
        EXPECT_TRUE(snake.match(f.id).hasMatch()) << str(f.id);
        EXPECT_FALSE(ids.contains(f.id)) << "duplicate id " << str(f.id);
        ids.insert(f.id);
    }
}

TEST_F(PlanContent, KeysAndTextsAreValid)
{
    for (const QJsonValue &v : std::as_const(sRaw)) {
        const QJsonObject o = v.toObject();
        const std::string id = str(o.value(QStringLiteral("id")).toString());
        EXPECT_TRUE(categoryFromKey(o.value(QStringLiteral("category")).toString())) << id;
        EXPECT_TRUE(statusFromKey(o.value(QStringLiteral("status")).toString())) << id;
        const auto confidence = confidenceFromKey(o.value(QStringLiteral("confidence")).toString());
        ASSERT_TRUE(confidence) << id << ": confidence must be given";
        EXPECT_NE(*confidence, LocationConfidence::Surveyed) << id << ": nothing in the seed is surveyed";
        EXPECT_EQ(o.value(QStringLiteral("status_date")).toString(), QStringLiteral("2024-01-01")) << id;
        for (const char *key : {"name_zh", "name_en", "location_note", "status_note"})
            EXPECT_FALSE(o.value(QLatin1String(key)).toString().trimmed().isEmpty()) << id << ": empty " << key;
        const QString county = o.value(QStringLiteral("county")).toString();
        EXPECT_TRUE(county.isEmpty() || kCounties.contains(county)) << id << ": unknown county " << str(county);
        for (const QJsonValue &a : o.value(QStringLiteral("aliases")).toArray())
            EXPECT_GE(a.toString().size(), 2) << id << ": alias too short to be a name";
    }
}

TEST_F(PlanContent, GeometriesAreValid)
{
    for (const PlanFeature &f : std::as_const(sFeatures)) {
        QString why;
        EXPECT_FALSE(f.geometry.isEmpty()) << str(f.id);
        EXPECT_TRUE(f.geometry.isValid(&why)) << str(f.id) << ": " << str(why);
    }
}

TEST_F(PlanContent, LinkedSentencesNameTheFeature)
{
    for (const PlanFeature &f : std::as_const(sFeatures)) {
        EXPECT_FALSE(f.sentenceIds.isEmpty()) << str(f.id) << " links no sentence";
        for (const QString &id : f.sentenceIds) {
            const Sentence *s = sReport.sentence(id);
            ASSERT_NE(s, nullptr) << str(f.id) << " links a sentence the report lacks: " << str(id);
            EXPECT_TRUE(sentenceNames(f, *s) || isException(f.id, id))
                << str(f.id) << ": sentence " << str(id) << " names neither \"" << str(nameCore(f.nameZh))
                << "\" nor an alias, and the link is not in link-exceptions.tsv";
        }
    }
}

TEST_F(PlanContent, LinkExceptionsAreCurrentAndNeeded)
{
    QHash<QString, const PlanFeature *> byId;
    for (const PlanFeature &f : std::as_const(sFeatures))
        byId.insert(f.id, &f);
    ASSERT_FALSE(sExceptions.isEmpty());
    for (const QStringList &row : std::as_const(sExceptions)) {
        ASSERT_EQ(row.size(), 3) << str(row.join(QLatin1Char('|')));
        const PlanFeature *f = byId.value(row.at(0));
        ASSERT_NE(f, nullptr) << "link-exceptions.tsv names an unknown feature " << str(row.at(0));
        EXPECT_TRUE(f->sentenceIds.contains(row.at(1))) << str(row.at(0)) << " does not link " << str(row.at(1));
        const Sentence *s = sReport.sentence(row.at(1));
        ASSERT_NE(s, nullptr) << str(row.at(1));
        EXPECT_FALSE(sentenceNames(*f, *s)) << str(row.at(0)) << " / " << str(row.at(1))
                                             << ": the sentence names the feature, drop the exception";
        EXPECT_FALSE(row.at(2).trimmed().isEmpty()) << "no reason for " << str(row.at(0));
    }
}

TEST_F(PlanContent, TargetsExistInTheirLinkedSentences)
{
    QSet<QString> targetIds;
    for (const Target &t : std::as_const(sTargets))
        targetIds.insert(t.id);
    for (const PlanFeature &f : std::as_const(sFeatures)) {
        for (const QString &t : f.targetIds) {
            EXPECT_TRUE(targetIds.contains(t)) << str(f.id) << ": no target " << str(t) << " in the report";
            EXPECT_TRUE(f.sentenceIds.contains(t.section(QLatin1Char('#'), 0, 0)))
                << str(f.id) << ": target " << str(t) << " of a sentence the feature does not link";
        }
    }
}

TEST_F(PlanContent, FeaturesLieInTheCityAndTheirCounty)
{
    QString error;
    const QList<County> counties = loadCounties(&error);
    ASSERT_EQ(counties.size(), kCounties.size()) << str(error);

    CoordinateTransform toMetres(Crs::cgcs2000(), Crs::cgcs2000Gk111());
    ASSERT_TRUE(toMetres.isValid()) << str(toMetres.error());
    const auto distanceToCity = [&](const Geometry &g) {
        double d = std::numeric_limits<double>::infinity();
        for (const County &c : counties) {
            if (c.area.contains(g))
                return 0.0;
            d = std::min(d, c.area.distance(g));
        }
        return d;
    };

    for (const PlanFeature &f : std::as_const(sFeatures)) {
        const Geometry g = toMetres.apply(f.geometry);
        ASSERT_FALSE(g.isEmpty()) << str(f.id) << ": cannot transform";
        const Geometry label = Geometry::point(g.labelPoint());
        EXPECT_EQ(distanceToCity(label), 0.0) << str(f.id) << ": label point outside the city";

        if (f.county.isEmpty()) {
            for (const Geometry &v : vertices(g)) {
                const double d = distanceToCity(v);
                EXPECT_LE(d, kBorderToleranceM) << str(f.id) << ": a vertex lies " << d << " m outside the city";
                if (d > kBorderToleranceM)
                    break;
            }
            continue;
        }
        const auto county = std::find_if(counties.cbegin(), counties.cend(),
                                         [&](const County &c) { return c.name == f.county; });
        ASSERT_NE(county, counties.cend()) << str(f.county);
        if (g.dimension() == 0) {
            for (const Geometry &v : vertices(g))
                EXPECT_TRUE(county->area.contains(v)) << str(f.id) << ": a point is not inside " << str(f.county);
            continue;
        }
        EXPECT_TRUE(county->area.contains(label)) << str(f.id) << ": label point not inside " << str(f.county);
        if (county->area.contains(g))
            continue;
        for (const Geometry &v : vertices(g)) {
            const double d = county->area.contains(v) ? 0.0 : county->area.distance(v);
            EXPECT_LE(d, kCountyToleranceM) << str(f.id) << ": a vertex lies " << d << " m outside " << str(f.county);
            if (d > kCountyToleranceM)
                break;
        }
    }
}

} // namespace
} // namespace yc
