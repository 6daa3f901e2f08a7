// SPDX-License-Identifier: GPL-3.0-or-later
// The one place for operating-system calls that Qt does not wrap.
#include "platform/platform.h"

#ifdef Q_OS_WIN
#include <windows.h>
#include <lmcons.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace yc::platform {

QString userName()
{
#ifdef Q_OS_WIN
    wchar_t buffer[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(buffer, &size) && size > 1)
        return QString::fromWCharArray(buffer, int(size) - 1);
#else
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    const QString env = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return env.isEmpty() ? QStringLiteral("unknown") : env;
}

} // namespace yc::platform
