// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/annotation_table.h"

#include "storage/gpkg_common.h"

#include <QSet>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <climits>
#include <cmath>

namespace yc::gpkg {

namespace {

struct Column {
    const char *name;
    OGRFieldType type;
};

constexpr Column kColumns[] = {
    {"annotation_id", OFTString}, {"seq", OFTInteger}, {"kind", OFTString}, {"placement", OFTString},
    {"layout", OFTString}, {"x1", OFTReal}, {"y1", OFTReal}, {"x2", OFTReal}, {"y2", OFTReal},
    {"text", OFTString}, {"text_color", OFTString}, {"line_color", OFTString}, {"fill_color", OFTString},
    {"font_size", OFTReal}, {"line_width", OFTReal},
};

QString lastGdalError()
{
    const QString msg = QString::fromUtf8(CPLGetLastErrorMsg()).simplified();
    return msg.isEmpty() ? Storage::tr("unknown GDAL error") : msg;
}

/// "#aarrggbb", so that the alpha survives.
QByteArray colorText(const QColor &c) { return c.name(QColor::HexArgb).toUtf8(); }

QString text(const OGRFeature &f, const char *field)
{
    const int i = f.GetFieldIndex(field);
    return f.IsFieldSetAndNotNull(i) ? QString::fromUtf8(f.GetFieldAsString(i)) : QString();
}

double real(const OGRFeature &f, const char *field, double fallback)
{
    const int i = f.GetFieldIndex(field);
    return f.IsFieldSetAndNotNull(i) ? f.GetFieldAsDouble(i) : fallback;
}

} // namespace

OGRLayer *createAnnotationTable(GDALDataset &ds, QString *error)
{
    CPLStringList options;
    options.SetNameValue("FID", "fid");
    options.SetNameValue("DESCRIPTION", "Annotations: map ones in EPSG:4490 lon/lat, page ones in mm");
    OGRLayer *layer = ds.CreateLayer(kAnnotations, nullptr, wkbNone, options.List());
    if (!layer) {
        *error = Storage::tr("Cannot create table %1: %2").arg(QLatin1String(kAnnotations), lastGdalError());
        return nullptr;
    }
    for (const Column &c : kColumns) {
        OGRFieldDefn field(c.name, c.type);
        if (layer->CreateField(&field) != OGRERR_NONE) {
            *error = Storage::tr("Cannot create column %1.%2").arg(QLatin1String(kAnnotations), QLatin1String(c.name));
            return nullptr;
        }
    }
    return layer;
}

QString writeAnnotations(OGRLayer &table, const QList<Annotation> &annotations)
{
    for (int i = 0; i < annotations.size(); ++i) {
        const Annotation &a = annotations.at(i);
        OGRFeature f(table.GetLayerDefn());
        f.SetField("annotation_id", a.id.toUtf8().constData());
        f.SetField("seq", i);
        f.SetField("kind", toKey(a.kind).toUtf8().constData());
        f.SetField("placement", toKey(a.placement).toUtf8().constData());
        f.SetField("layout", a.layout.toUtf8().constData());
        f.SetField("x1", a.a.x());
        f.SetField("y1", a.a.y());
        f.SetField("x2", a.b.x());
        f.SetField("y2", a.b.y());
        f.SetField("text", a.text.toUtf8().constData());
        f.SetField("text_color", colorText(a.textColor).constData());
        f.SetField("line_color", colorText(a.lineColor).constData());
        f.SetField("fill_color", colorText(a.fillColor).constData());
        f.SetField("font_size", a.fontSize);
        f.SetField("line_width", a.lineWidth);
        if (table.CreateFeature(&f) != OGRERR_NONE)
            return Storage::tr("Cannot write annotation \"%1\": %2").arg(a.id, lastGdalError());
    }
    return {};
}

std::optional<QList<Annotation>> readAnnotations(GDALDataset &ds, QString *error)
{
    OGRLayer *table = ds.GetLayerByName(kAnnotations);
    if (!table)
        return QList<Annotation>();
    for (const Column &c : kColumns) {
        if (table->GetLayerDefn()->GetFieldIndex(c.name) < 0) {
            *error = Storage::tr("the table %1 has no column %2").arg(QLatin1String(kAnnotations), QLatin1String(c.name));
            return std::nullopt;
        }
    }
    QList<std::pair<int, Annotation>> rows;
    QSet<QString> ids;
    table->ResetReading();
    for (const auto &row : *table) {
        Annotation a;
        a.id = text(*row, "annotation_id");
        const auto kind = annotationKindFromKey(text(*row, "kind"));
        const auto placement = annotationPlacementFromKey(text(*row, "placement"));
        if (a.id.isEmpty() || ids.contains(a.id)) {
            *error = Storage::tr("the annotation id \"%1\" is empty or used twice").arg(a.id);
            return std::nullopt;
        }
        if (!kind || !placement) {
            *error = Storage::tr("annotation \"%1\" has an unknown kind \"%2\" or placement \"%3\"")
                         .arg(a.id, text(*row, "kind"), text(*row, "placement"));
            return std::nullopt;
        }
        ids.insert(a.id);
        a.kind = *kind;
        a.placement = *placement;
        a.layout = text(*row, "layout");
        a.a = QPointF(real(*row, "x1", 0), real(*row, "y1", 0));
        a.b = QPointF(real(*row, "x2", 0), real(*row, "y2", 0));
        if (!std::isfinite(a.a.x()) || !std::isfinite(a.a.y()) || !std::isfinite(a.b.x()) || !std::isfinite(a.b.y())) {
            *error = Storage::tr("annotation \"%1\" has coordinates that are not numbers").arg(a.id);
            return std::nullopt;
        }
        a.text = text(*row, "text");
        const auto color = [&](const char *field, const QColor &fallback) {
            const QColor c = QColor::fromString(text(*row, field));
            return c.isValid() ? c : fallback;
        };
        a.textColor = color("text_color", a.textColor);
        a.lineColor = color("line_color", a.lineColor);
        a.fillColor = color("fill_color", a.fillColor);
        a.fontSize = std::clamp(real(*row, "font_size", a.fontSize), 1.0, 500.0);
        a.lineWidth = std::clamp(real(*row, "line_width", a.lineWidth), 0.0, 100.0);
        const int seqIndex = row->GetFieldIndex("seq");
        rows.append({row->IsFieldSetAndNotNull(seqIndex) ? row->GetFieldAsInteger(seqIndex) : INT_MAX, a});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    QList<Annotation> out;
    for (const auto &[seq, a] : rows)
        out.append(a);
    return out;
}

} // namespace yc::gpkg
