// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private helpers for the core .cpp files that call GDAL/OGR. This header itself includes no GDAL header.

#include "geo/crs.h"

#include <QString>

class OGRSpatialReference;

namespace yc::detail {

/// Registers the GDAL drivers once per process (thread-safe).
void ensureGdalRegistered();

/// While alive, routes GDAL/CPL errors raised on this thread into this object instead of stderr.
/// Error handlers are per thread in CPL, so each thread needs its own capture.
class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture &) = delete;
    GdalErrorCapture &operator=(const GdalErrorCapture &) = delete;

    /// The last failure message (or, when there was none, the last warning), one line.
    QString message() const { return mFailure.isEmpty() ? mWarning : mFailure; }
    bool hasFailure() const { return !mFailure.isEmpty(); }
    void clear() { mFailure.clear(); mWarning.clear(); }
    /// Called by the CPL handler; `failure` is true for CE_Failure and CE_Fatal.
    void record(bool failure, const char *text);

private:
    QString mFailure;
    QString mWarning;
};

/// `fallback`, followed by ": " and the captured GDAL message when there is one.
QString withGdalReason(const QString &fallback, const GdalErrorCapture &capture);

/// The CRS of an OGR layer: an EPSG code when the SRS carries one or matches exactly one EPSG CRS well,
/// else WKT2; empty for none.
Crs crsOf(const OGRSpatialReference *srs);

} // namespace yc::detail
