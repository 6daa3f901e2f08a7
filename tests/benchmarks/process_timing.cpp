// SPDX-License-Identifier: GPL-3.0-or-later
#include "process_timing.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace yc::bench {

qint64 highWaterKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

std::optional<std::pair<double, double>> runOnce(const QString &program, const QStringList &args)
{
    const bool gnuTime = QFileInfo(QStringLiteral("/usr/bin/time")).isExecutable();
    QTemporaryDir tmp;
    const QString timeFile = tmp.filePath(QStringLiteral("time.txt"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    if (gnuTime)
        p.start(QStringLiteral("/usr/bin/time"), QStringList{QStringLiteral("-f"), QStringLiteral("%M"),
                                                            QStringLiteral("-o"), timeFile, program} + args);
    else
        p.start(program, args);
    if (!p.waitForStarted())
        return std::nullopt;
    qint64 peakKiB = 0;
    QByteArray output;
    while (!p.waitForFinished(2)) {
        output += p.readAll();   // keep the pipe drained: a chatty process must not block on it
        if (!gnuTime)
            peakKiB = std::max(peakKiB, highWaterKiB(p.processId()));
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    output += p.readAll();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTextStream(stdout) << "  failed: " << program << ' ' << args.join(QLatin1Char(' ')) << Qt::endl << output;
        return std::nullopt;
    }
    if (gnuTime) {
        QFile f(timeFile);
        if (f.open(QIODevice::ReadOnly))
            peakKiB = f.readAll().trimmed().split('\n').last().toLongLong();
    }
    return std::make_pair(seconds, peakKiB / 1024.0);
}

} // namespace yc::bench
