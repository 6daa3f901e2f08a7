// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_startup.h"

int main(int argc, char **argv)
{
    return yc::runApplication(argc, argv);
}
