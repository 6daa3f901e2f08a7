// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Timing whole processes for the benchmarks: wall time and peak resident memory.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace yc::bench {

/// The median of `v`; -1 when it is empty.
double median(QList<double> v);

/// Peak resident memory (VmHWM) of a live process, in KiB; 0 when it cannot be read.
qint64 highWaterKiB(qint64 pid);

/// Runs `program args` once: wall seconds and peak RSS in MiB (GNU time's when /usr/bin/time is installed, else
/// VmHWM polled every 2 ms). nullopt when it fails; the command and its output are then printed on stdout.
std::optional<std::pair<double, double>> runOnce(const QString &program, const QStringList &args);

} // namespace yc::bench
