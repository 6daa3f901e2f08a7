// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/proj_context.h"

#include <proj.h>

namespace yc::detail {

namespace {

void logToContext(void *data, int level, const char *message)
{
    if (level <= PJ_LOG_ERROR && message)
        static_cast<ProjContext *>(data)->recordLog(message);
}

} // namespace

ProjContext::ProjContext()
    : mCtx(proj_context_create())
{
    proj_log_func(mCtx, this, logToContext);
}

ProjContext::~ProjContext()
{
    proj_context_destroy(mCtx);
}

QString ProjContext::lastError() const
{
    if (!mLastLog.isEmpty())
        return mLastLog;
    const int err = proj_context_errno(mCtx);
    return err ? QString::fromUtf8(proj_context_errno_string(mCtx, err)) : QString();
}

ProjContext &threadProjContext()
{
    thread_local ProjContext context;
    return context;
}

void PjDeleter::operator()(PJ *pj) const
{
    proj_destroy(pj);
}

PjPtr createCrs(ProjContext &ctx, const QString &definition)
{
    if (definition.isEmpty())
        return {};
    PjPtr pj(proj_create(ctx.get(), definition.toUtf8().constData()));
    if (pj && !proj_is_crs(pj.get()))
        pj.reset();
    return pj;
}

} // namespace yc::detail
