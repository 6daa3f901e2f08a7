// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/gdal_support.h"

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace yc::detail {

namespace {

void CPL_STDCALL captureHandler(CPLErr level, CPLErrorNum, const char *text)
{
    if (level == CE_None || level == CE_Debug)
        return;
    auto *capture = static_cast<GdalErrorCapture *>(CPLGetErrorHandlerUserData());
    capture->record(level == CE_Failure || level == CE_Fatal, text);
}

} // namespace

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

GdalErrorCapture::GdalErrorCapture()
{
    CPLPushErrorHandlerEx(captureHandler, this);
}

GdalErrorCapture::~GdalErrorCapture()
{
    CPLPopErrorHandler();
}

void GdalErrorCapture::record(bool failure, const char *text)
{
    // GDAL messages may span lines (GEOS reasons, driver dumps); we promise one line.
    const QString line = QString::fromUtf8(text ? text : "").simplified();
    (failure ? mFailure : mWarning) = line;
}

QString withGdalReason(const QString &fallback, const GdalErrorCapture &capture)
{
    const QString reason = capture.message();
    return reason.isEmpty() ? fallback : fallback + QStringLiteral(": ") + reason;
}

} // namespace yc::detail
