#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Stops or starts again the test server of tests/pg/start-server.sh STATE_DIR, keeping its data (the fault
# tests take the server away mid-session): server-ctl.sh STATE_DIR stop|start
set -euo pipefail
state="${1:?usage: server-ctl.sh STATE_DIR stop|start}"
action="${2:?usage: server-ctl.sh STATE_DIR stop|start}"
data="$(sed -n 's/^YC_PG_DATA=//p' "$state/connection.env")"
bindir="$(sed -n 's/^YC_PG_BINDIR=//p' "$state/connection.env")"
run_as=()
if [ "$(id -u)" -eq 0 ]; then run_as=(runuser -u postgres --); fi
case "$action" in
  stop) "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null ;;
  start) "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -l "$(dirname "$data")/server.log" -w -t 60 start >/dev/null ;;
  *) echo "server-ctl: unknown action $action" >&2; exit 2 ;;
esac
