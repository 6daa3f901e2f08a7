// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private PROJ helpers shared by crs.cpp and coordinate_transform.cpp. Forward declarations only.

#include <QString>

#include <memory>

struct pj_ctx;
struct PJconsts;

namespace yc::detail {

/// A PROJ context that keeps PROJ's log lines to itself: the last error is available as one line
/// instead of being printed on stderr. Owns the context; not thread-safe (one per thread or object).
class ProjContext {
public:
    ProjContext();
    ~ProjContext();
    ProjContext(const ProjContext &) = delete;
    ProjContext &operator=(const ProjContext &) = delete;

    pj_ctx *get() const { return mCtx; }
    /// PROJ's last logged error, or the context's errno text.
    QString lastError() const;
    void recordLog(const char *message) { mLastLog = QString::fromUtf8(message).simplified(); }

private:
    pj_ctx *mCtx = nullptr;
    QString mLastLog;
};

/// The calling thread's shared context, for short-lived queries.
ProjContext &threadProjContext();

struct PjDeleter {
    void operator()(PJconsts *pj) const;
};
using PjPtr = std::unique_ptr<PJconsts, PjDeleter>;

/// A CRS object for `definition` (as Crs stores it), or nullptr when PROJ cannot make a CRS of it.
PjPtr createCrs(ProjContext &ctx, const QString &definition);

} // namespace yc::detail
