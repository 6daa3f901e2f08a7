// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace yc::cli {

/// A headless sub-command of yuncheng-planner. `run` gets the arguments after the command name and returns
/// the process exit code; it writes results to stdout and errors (one line each) to stderr.
struct Command {
    QString name;
    QString summary;      ///< one line for --help
    std::function<int(const QStringList &args)> run;
    /// Once `run` returns, the command has nothing left to close or write but stdout and stderr (it only
    /// reads, and closes its output): the process then ends at once, without tearing down what it loaded
    /// (freeing memory, library exit handlers, the Qt application): some 10 ms of CPU after a render.
    bool endsAtOnce = false;
};

/// Every sub-command, in the order --help lists them.
QList<Command> commands();

/// Handles --help, --version and sub-commands. Returns nullopt-equivalent -1 when `args` asks for the GUI.
/// Needs a QGuiApplication (rendering uses fonts) but no display.
bool isCliInvocation(const QStringList &args);
int runCli(const QStringList &args);

/// Helpers shared by the sub-commands.
void printOut(const QString &text);   ///< UTF-8 to stdout, newline added
void printErr(const QString &text);   ///< UTF-8 to stderr, newline added
/// Reads the value of the option at `args[i]` into `target` and advances `i` past it; false with
/// "%1 needs a value" in `error` when the value is missing (end of arguments or another --option).
bool takeOptionValue(const QStringList &args, int &i, QString *target, QString *error);

} // namespace yc::cli
