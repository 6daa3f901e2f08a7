#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Yuncheng Planner set-up: installs missing Debian packages, configures and builds incrementally, then
#   ./setup.sh run  [ARGS…]   opens the app (on the bundled project when no ARGS are given)
#   ./setup.sh test           runs every test headless and ends with ctest's summary
#   ./setup.sh build          only installs and builds
# Works from any folder, from a fresh clone and again on later runs (nothing is reinstalled).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mode="${1:-run}"
[ $# -gt 0 ] && shift

# Debian 12 packages: build tools, Qt 6, GDAL, PROJ, QCustomPlot, GoogleTest, libdeflate, the CJK font the app and its
# PDFs use, the tools the tests check outputs with (GDAL/OGR, poppler), and PostgreSQL/PostGIS (libpq for the
# shared-project backend; the server and PostGIS for the throwaway test server of tests/pg/start-server.sh).
packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libgl-dev libxkbcommon-dev
  libgdal-dev gdal-bin gdal-data libproj-dev proj-bin proj-data
  libqcustomplot-dev libgtest-dev googletest
  fonts-wqy-microhei poppler-utils sqlite3 libsqlite3-dev libdeflate-dev zlib1g-dev
  libpq-dev postgresql postgresql-15-postgis-3
)
[ "$mode" = run ] && packages+=(xvfb xauth)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing missing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "setup: not root and no sudo. Please install as root:" >&2
      echo "  apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
  if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.d/yuncheng-planner.conf ]; then
    # The tests start their own throwaway server; do not let the package create and start a system one.
    echo "setup: PostgreSQL is installed without its default system cluster (the tests run their own server)"
    "${sudo[@]}" mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" | "${sudo[@]}" tee /etc/postgresql-common/createcluster.d/yuncheng-planner.conf >/dev/null
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cd "$here"
  if [ ! -f build/dev/build.ninja ]; then
    cmake --preset dev
  fi
  cmake --build --preset dev
}

install_missing
build

case "$mode" in
  build) ;;
  run)
    app="$here/build/dev/bin/yuncheng-planner"
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "setup: no display; starting the app under a virtual X server (xvfb-run)." >&2
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
    fi
    exec "$app" "$@"
    ;;
  test)
    cd "$here"
    # Headless: GUI tests use Qt's offscreen platform (CI has no display).
    QT_QPA_PLATFORM=offscreen ctest --preset dev -j2 --timeout 900
    ;;
  *) echo "usage: $0 [run [ARGS…]|test|build]" >&2; exit 2 ;;
esac
