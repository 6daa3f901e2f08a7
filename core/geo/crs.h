// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace yc {

/// A coordinate reference system, identified by what the user gave (an "EPSG:4546" code, WKT or a PROJ
/// string). Cheap to copy; validity and names are resolved through PROJ on demand.
class Crs {
public:
    Crs() = default;
    /// Accepts "EPSG:nnnn", a bare EPSG number, WKT, PROJJSON or a PROJ string.
    static Crs fromUserInput(const QString &definition);
    static Crs fromEpsg(int code);
    static Crs wgs84() { return fromEpsg(4326); }
    static Crs cgcs2000() { return fromEpsg(4490); }
    /// CGCS2000 / 3-degree Gauss–Kruger CM 111E, the project default.
    static Crs cgcs2000Gk111() { return fromEpsg(4546); }

    bool isEmpty() const { return mDefinition.isEmpty(); }
    bool isValid() const;                    ///< PROJ can build it
    const QString &definition() const { return mDefinition; }
    std::optional<int> epsg() const;         ///< EPSG code when PROJ identifies one with full confidence
    QString authId() const;                  ///< "EPSG:4546", or empty
    QString name() const;                    ///< PROJ's name, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 111E"
    QString toWkt() const;                   ///< WKT2:2019, or empty when invalid
    bool isGeographic() const;               ///< degrees (true for 4326/4490)
    bool operator==(const Crs &o) const;     ///< same definition text, or same EPSG code

private:
    explicit Crs(QString definition) : mDefinition(std::move(definition)) {}
    QString mDefinition;
};

} // namespace yc

Q_DECLARE_METATYPE(yc::Crs)
