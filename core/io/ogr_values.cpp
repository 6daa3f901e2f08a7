// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ogr_values.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>

#include <cmath>

namespace yc::detail {

namespace {

QDateTime dateTimeOf(int y, int m, int d, int h, int min, float sec, int tzFlag)
{
    const double wholeSeconds = std::floor(sec);
    const QTime time(h, min, int(wholeSeconds), int(std::lround((sec - wholeSeconds) * 1000)) % 1000);
    const QDate date(y, m, d);
    if (tzFlag == 100)
        return QDateTime(date, time, QTimeZone::utc());
    if (tzFlag > 100 || (tzFlag > 1 && tzFlag < 100))
        return QDateTime(date, time, QTimeZone((tzFlag - 100) * 15 * 60));
    return QDateTime(date, time);   // 0 unknown, 1 local time
}

} // namespace

void DatasetCloser::operator()(GDALDataset *ds) const
{
    GDALClose(GDALDataset::ToHandle(ds));
}

DatasetPtr openVector(const QString &source, unsigned flags, const char *const *openOptions, const char *onlyDriver)
{
    const char *const drivers[] = {onlyDriver, nullptr};
    // A CSV may hold its points in longitude/latitude columns: name the usual ones (GDAL finds a WKT column
    // by itself). Only for .csv files, so no other driver sees options it does not know.
    CPLStringList options(openOptions);
    if (options.size() == 0 && !(flags & GDAL_OF_UPDATE)
        && source.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        options.SetNameValue("X_POSSIBLE_NAMES", "lon,lng,long,longitude,x,经度");
        options.SetNameValue("Y_POSSIBLE_NAMES", "lat,latitude,y,纬度");
    }
    return DatasetPtr(GDALDataset::FromHandle(GDALOpenEx(source.toUtf8().constData(),
                                                         GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR | flags,
                                                         onlyDriver ? drivers : nullptr, options.List(),
                                                         nullptr)));
}

QString driverName(GDALDataset &ds)
{
    return ds.GetDriver() ? QString::fromUtf8(ds.GetDriver()->GetDescription()) : QString();
}

QVariant attributeOf(const OGRFeature &f, int i, const OGRFieldDefn &defn)
{
    if (!f.IsFieldSetAndNotNull(i))
        return {};
    switch (defn.GetType()) {
    case OFTInteger:
        if (defn.GetSubType() == OFSTBoolean)
            return bool(f.GetFieldAsInteger(i));
        return f.GetFieldAsInteger(i);
    case OFTInteger64:
        return qint64(f.GetFieldAsInteger64(i));
    case OFTReal:
        return f.GetFieldAsDouble(i);
    case OFTDate:
    case OFTTime:
    case OFTDateTime: {
        int y = 0, m = 0, d = 0, h = 0, min = 0, tz = 0;
        float sec = 0;
        f.GetFieldAsDateTime(i, &y, &m, &d, &h, &min, &sec, &tz);
        if (defn.GetType() == OFTDate)
            return QDate(y, m, d);
        if (defn.GetType() == OFTTime)
            return dateTimeOf(2000, 1, 1, h, min, sec, 0).time();
        return dateTimeOf(y, m, d, h, min, sec, tz);
    }
    case OFTBinary: {
        int size = 0;
        const GByte *bytes = f.GetFieldAsBinary(i, &size);
        return QByteArray(reinterpret_cast<const char *>(bytes), size);
    }
    case OFTIntegerList: {
        int n = 0;
        const int *values = f.GetFieldAsIntegerList(i, &n);
        QVariantList list;
        for (int k = 0; k < n; ++k)
            list.append(values[k]);
        return list;
    }
    case OFTInteger64List: {
        int n = 0;
        const GIntBig *values = f.GetFieldAsInteger64List(i, &n);
        QVariantList list;
        for (int k = 0; k < n; ++k)
            list.append(qint64(values[k]));
        return list;
    }
    case OFTRealList: {
        int n = 0;
        const double *values = f.GetFieldAsDoubleList(i, &n);
        QVariantList list;
        for (int k = 0; k < n; ++k)
            list.append(values[k]);
        return list;
    }
    case OFTStringList: {
        QVariantList list;
        for (char **s = f.GetFieldAsStringList(i); s && *s; ++s)
            list.append(QString::fromUtf8(*s));
        return list;
    }
    default:
        return QString::fromUtf8(f.GetFieldAsString(i));
    }
}

void setAttribute(OGRFeature &f, int i, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        f.SetFieldNull(i);
        return;
    }
    switch (f.GetFieldDefnRef(i)->GetType()) {
    case OFTInteger:
        f.SetField(i, v.toInt());
        break;
    case OFTInteger64:
        f.SetField(i, GIntBig(v.toLongLong()));
        break;
    case OFTReal:
        f.SetField(i, v.toDouble());
        break;
    case OFTDate: {
        const QDate d = v.toDate();
        f.SetField(i, d.year(), d.month(), d.day());
        break;
    }
    case OFTTime: {
        const QTime t = v.toTime();
        f.SetField(i, 0, 0, 0, t.hour(), t.minute(), float(t.second() + t.msec() / 1000.0));
        break;
    }
    case OFTDateTime: {
        const QDateTime dt = v.toDateTime();
        int tzFlag = 0;
        if (dt.timeSpec() == Qt::UTC)
            tzFlag = 100;
        else if (dt.timeSpec() == Qt::OffsetFromUTC || dt.timeSpec() == Qt::TimeZone)
            tzFlag = 100 + dt.offsetFromUtc() / (15 * 60);
        const QTime t = dt.time();
        f.SetField(i, dt.date().year(), dt.date().month(), dt.date().day(), t.hour(), t.minute(),
                   float(t.second() + t.msec() / 1000.0), tzFlag);
        break;
    }
    case OFTBinary: {
        const QByteArray bytes = v.toByteArray();
        f.SetField(i, int(bytes.size()), bytes.constData());
        break;
    }
    case OFTStringList: {
        CPLStringList list;
        for (const QVariant &item : v.toList())
            list.AddString(item.toString().toUtf8().constData());
        f.SetField(i, list.List());
        break;
    }
    default:
        f.SetField(i, v.toString().toUtf8().constData());
        break;
    }
}

QString declaredEncoding(OGRLayer &layer)
{
    return QString::fromUtf8(layer.GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE"));
}

QString dbfPathOf(GDALDataset &ds, OGRLayer &layer)
{
    const QString name = QString::fromUtf8(layer.GetName());
    QString only;
    int count = 0;
    char **files = ds.GetFileList();
    QString match;
    for (char **f = files; f && *f; ++f) {
        const QString path = QString::fromUtf8(*f);
        const QFileInfo info(path);
        if (info.suffix().compare(QLatin1String("dbf"), Qt::CaseInsensitive) != 0)
            continue;
        ++count;
        only = path;
        if (info.completeBaseName().compare(name, Qt::CaseInsensitive) == 0)
            match = path;
    }
    CSLDestroy(files);
    return !match.isEmpty() ? match : count == 1 ? only : QString();
}

} // namespace yc::detail
