#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the bundled project maps/yuncheng.gpkg from the reviewed seeds (the report text and
# seeds/plan-features.json) and the base layers in maps/yuncheng-base.gpkg, with the app's own `new` command.
#   YC_PLANNER=path/to/yuncheng-planner   (default: build/dev/bin/yuncheng-planner, built if missing)
# Re-running on the same inputs reproduces the file byte for byte on the same system (timestamps are pinned).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
planner="${YC_PLANNER:-$root/build/dev/bin/yuncheng-planner}"
if [ ! -x "$planner" ]; then
    [ -z "${YC_PLANNER:-}" ] || { echo "build-project: YC_PLANNER=$YC_PLANNER is not an executable" >&2; exit 1; }
    (cd "$root" && ./setup.sh build)
fi
export OGR_CURRENT_DATE="2024-01-01T00:00:00.000Z"
out="$root/maps/yuncheng.gpkg"
# `new` saves atomically, and layer paths are made relative to the output's folder: write in place.
"$planner" new --report "$root/seeds/yuncheng-2024-work-report-sections-4-10.txt" \
    --plan "$root/seeds/plan-features.json" --base "$root/maps/yuncheng-base.gpkg" --out "$out"
echo "build-project: wrote $out"
