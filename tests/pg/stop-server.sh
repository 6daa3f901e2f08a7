#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Stops the server started by tests/pg/start-server.sh STATE_DIR and deletes its data directory.
set -euo pipefail

state="${1:?usage: stop-server.sh STATE_DIR}"
env_file="$state/connection.env"
[ -f "$env_file" ] || { echo "stop-server: no server recorded in $state"; exit 0; }
data="$(sed -n 's/^YC_PG_DATA=//p' "$env_file")"
bindir="$(sed -n 's/^YC_PG_BINDIR=//p' "$env_file")"
run_as=()
if [ "$(id -u)" -eq 0 ]; then run_as=(runuser -u postgres --); fi
if [ -f "$data/postmaster.pid" ]; then
  "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null
fi
case "$data" in /tmp/yc-pg-test.*/data) rm -rf "$(dirname "$data")" ;; esac
rm -f "$env_file" "$state/pgpass"
echo "stop-server: stopped"
