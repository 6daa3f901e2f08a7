// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_command.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace yc::cli {

namespace {

QString usage()
{
    QString text = QCoreApplication::translate("yc::cli",
        "Usage: yuncheng-planner [PROJECT.gpkg]\n"
        "       yuncheng-planner COMMAND [OPTIONS]\n"
        "\n"
        "With no arguments, opens the bundled Yuncheng project in the desktop app.\n"
        "\n"
        "Options:\n"
        "  --help       show this help and exit\n"
        "  --version    show the version and exit\n"
        "  --lang L     user-interface language (zh_CN or en); default: the system's\n"
        "\n"
        "Commands (no display needed; `yuncheng-planner COMMAND --help` for details):\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1 %2\n").arg(c.name, -10).arg(c.summary);
    return text;
}

void write(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}

} // namespace

void printOut(const QString &text) { write(stdout, text); }
void printErr(const QString &text) { write(stderr, text); }

bool takeOptionValue(const QStringList &args, int &i, QString *target, QString *error)
{
    if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--"))) {
        *error = QCoreApplication::translate("yc::cli", "%1 needs a value").arg(args.at(i));
        return false;
    }
    *target = args.at(++i);
    return true;
}

bool isCliInvocation(const QStringList &args)
{
    if (args.size() < 2)
        return false;
    const QString &first = args.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version"))
        return true;
    for (const Command &c : commands())
        if (c.name == first)
            return true;
    return false;
}

int runCli(const QStringList &args)
{
    const QString first = args.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printOut(usage());
        return 0;
    }
    if (first == QLatin1String("--version")) {
        printOut(QStringLiteral("yuncheng-planner %1").arg(QString::fromLatin1(YC_VERSION)));
        return 0;
    }
    for (const Command &c : commands()) {
        if (c.name != first)
            continue;
        const int code = c.run(args.mid(2));
        if (c.endsAtOnce) {
            std::fflush(nullptr);
            std::_Exit(code);
        }
        return code;
    }
    printErr(QCoreApplication::translate("yc::cli", "Unknown command: %1").arg(first));
    return 2;
}

} // namespace yc::cli
