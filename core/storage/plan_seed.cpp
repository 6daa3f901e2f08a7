// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/plan_seed.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace yc {

namespace {

/// Translation context of seed errors (a class so that lupdate sees the context).
struct SeedText {
    Q_DECLARE_TR_FUNCTIONS(yc::PlanSeed)
};

constexpr char kSeedFormat[] = "yuncheng-plan-seed/1";
constexpr char kSeedUser[] = "report-2024";

// Generous bounds around China: coordinates outside are typos or swapped latitude/longitude.
constexpr double kMinLon = 73, kMaxLon = 136, kMinLat = 3, kMaxLat = 54;

/// Reads the members of one feature object, remembering the first problem.
class FeatureReader {
public:
    explicit FeatureReader(const QJsonObject &object) : mObject(object) {}

    const QString &error() const { return mError; }

    /// A string member; `required` ones must be present and non-empty.
    QString string(const char *key, bool required)
    {
        const QJsonValue v = mObject.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                setError(SeedText::tr("\"%1\" is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString()) {
            setError(SeedText::tr("\"%1\" is not a string").arg(QLatin1String(key)));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            setError(SeedText::tr("\"%1\" is empty").arg(QLatin1String(key)));
        return v.toString();
    }

    QStringList stringList(const char *key)
    {
        const QJsonValue v = mObject.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            setError(SeedText::tr("\"%1\" is not a list").arg(QLatin1String(key)));
            return {};
        }
        QStringList out;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().isEmpty()) {
                setError(SeedText::tr("\"%1\" holds something other than a non-empty string").arg(QLatin1String(key)));
                return {};
            }
            if (out.contains(item.toString())) {
                setError(SeedText::tr("\"%1\" lists \"%2\" twice").arg(QLatin1String(key), item.toString()));
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }

    void setError(const QString &e)
    {
        if (mError.isEmpty())
            mError = e;
    }

private:
    const QJsonObject &mObject;
    QString mError;
};

/// Reads one feature; returns an error without the feature's name (the caller adds it).
QString readFeature(const QJsonObject &object, PlanFeature &f)
{
    FeatureReader r(object);
    f.id = r.string("id", true);
    f.nameZh = r.string("name_zh", true);
    f.nameEn = r.string("name_en", false);
    f.county = r.string("county", false);
    f.locationNote = r.string("location_note", false);
    const QString category = r.string("category", true);
    const QString confidence = r.string("confidence", false);
    const QString wkt = r.string("geometry", true);
    const QString status = r.string("status", true);
    const QString statusDate = r.string("status_date", true);
    const QString statusNote = r.string("status_note", false);
    f.sentenceIds = r.stringList("sentences");
    f.targetIds = r.stringList("targets");
    if (!r.error().isEmpty())
        return r.error();

    if (const auto c = categoryFromKey(category))
        f.category = *c;
    else
        return SeedText::tr("unknown category \"%1\"").arg(category);
    if (confidence.isEmpty())
        f.confidence = LocationConfidence::Approximate;
    else if (const auto c = confidenceFromKey(confidence))
        f.confidence = *c;
    else
        return SeedText::tr("unknown confidence \"%1\"").arg(confidence);

    StatusChange change;
    if (const auto s = statusFromKey(status))
        change.status = *s;
    else
        return SeedText::tr("unknown status \"%1\"").arg(status);
    change.date = QDate::fromString(statusDate, Qt::ISODate);
    if (!change.date.isValid())
        return SeedText::tr("status_date \"%1\" is not a date like 2024-01-31").arg(statusDate);
    change.note = statusNote;
    change.user = QLatin1String(kSeedUser);
    // Recorded "at" the status date, so that building the project twice gives the same file content.
    change.recordedAt = QDateTime(change.date, QTime(0, 0), QTimeZone::utc());
    f.history = {change};

    QString why;
    const auto geometry = Geometry::fromWkt(wkt, &why);
    if (!geometry)
        return SeedText::tr("bad geometry WKT (%1)").arg(why);
    if (geometry->isEmpty())
        return SeedText::tr("the geometry is empty");
    const Envelope e = geometry->envelope();
    if (e.xMin < kMinLon || e.xMax > kMaxLon || e.yMin < kMinLat || e.yMax > kMaxLat)
        return SeedText::tr("the geometry lies outside China; WKT wants longitude first, then latitude");
    if (!geometry->isValid(&why))
        return SeedText::tr("the geometry is not valid (%1)").arg(why);
    f.geometry = *geometry;
    return {};
}

QString seedError(const QString &path, const QString &problem)
{
    return SeedText::tr("%1: %2").arg(QDir::toNativeSeparators(path), problem);
}

} // namespace

std::optional<PlanSeed> readPlanSeed(const QString &path, QString *error)
{
    const auto failed = [&](const QString &problem) -> std::optional<PlanSeed> {
        if (error)
            *error = seedError(path, problem);
        return std::nullopt;
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return failed(SeedText::tr("not valid JSON at byte %1 (%2)").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return failed(SeedText::tr("the top level is not a JSON object"));
    const QJsonObject root = doc.object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (format != QLatin1String(kSeedFormat))
        return failed(SeedText::tr("format is \"%1\", expected \"%2\"").arg(format, QLatin1String(kSeedFormat)));
    const QJsonValue crs = root.value(QLatin1String("crs"));
    if (!crs.isUndefined() && crs.toString() != QLatin1String("EPSG:4490"))
        return failed(SeedText::tr("crs must be \"EPSG:4490\" (lon/lat CGCS2000)"));
    const QJsonValue features = root.value(QLatin1String("features"));
    if (!features.isArray())
        return failed(SeedText::tr("\"features\" is missing or not a list"));

    PlanSeed seed;
    QSet<QString> ids;
    const QJsonArray list = features.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return failed(SeedText::tr("feature #%1 is not a JSON object").arg(i + 1));
        PlanFeature f;
        const QString problem = readFeature(list.at(i).toObject(), f);
        // Name the feature by its id when it has one, else by its position.
        const QString which = f.id.isEmpty() ? SeedText::tr("feature #%1").arg(i + 1) : SeedText::tr("feature \"%1\"").arg(f.id);
        if (!problem.isEmpty())
            return failed(SeedText::tr("%1: %2").arg(which, problem));
        if (ids.contains(f.id))
            return failed(SeedText::tr("%1: the id is used by an earlier feature").arg(which));
        ids.insert(f.id);
        seed.features.append(f);
    }
    return seed;
}

bool buildProjectFromSeeds(Project &project, const QString &reportPath, const QString &seedPath,
                           const QList<LayerRef> &baseLayers, QString *error)
{
    const auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    QFile file(reportPath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(seedError(reportPath, file.errorString()));
    Report report = Report::parse(QString::fromUtf8(file.readAll()));
    if (report.isEmpty())
        return failed(seedError(reportPath, SeedText::tr("no report section heading found")));

    QString seedProblem;
    const std::optional<PlanSeed> seed = readPlanSeed(seedPath, &seedProblem);
    if (!seed)
        return failed(seedProblem);

    // Links must point into this report: a mistyped sentence id would silently show nothing.
    const QList<Target> targets = extractTargets(report);
    QSet<QString> targetIds;
    for (const Target &t : targets)
        targetIds.insert(t.id);
    for (const PlanFeature &f : seed->features) {
        for (const QString &s : f.sentenceIds)
            if (!report.sentence(s))
                return failed(seedError(seedPath, SeedText::tr("feature \"%1\": the report has no sentence %2").arg(f.id, s)));
        for (const QString &t : f.targetIds)
            if (!targetIds.contains(t))
                return failed(seedError(seedPath, SeedText::tr("feature \"%1\": the report has no target %2").arg(f.id, t)));
    }

    project.setTitle(QString::fromUtf8("运城市2024年政府工作报告 · 重点项目规划图"));
    project.setReport(std::move(report));
    project.setFeatures(seed->features);
    project.setLayers(baseLayers);
    project.undoStack()->clear();
    return true;
}

} // namespace yc
