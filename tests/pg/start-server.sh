#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throwaway PostgreSQL/PostGIS server for the tests: its own data directory under /tmp, listening
# on 127.0.0.1 only, on a free port, with a password (read by libpq from a pgpass file, never from a URI).
#   tests/pg/start-server.sh STATE_DIR
# Writes STATE_DIR/connection.env (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSFILE, YC_PG_DATA) for the tests
# and tests/pg/stop-server.sh. PostgreSQL refuses to run as root, so as root the server runs as `postgres`.
set -euo pipefail

state="${1:?usage: start-server.sh STATE_DIR}"
mkdir -p "$state"
state="$(cd "$state" && pwd)"
# A server left over from an interrupted run is stopped first.
[ -f "$state/connection.env" ] && "$(dirname "$0")/stop-server.sh" "$state" || true

bindir="${YC_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
if [ ! -x "$bindir/initdb" ]; then
  echo "start-server: PostgreSQL server binaries not found (install postgresql, or set YC_PG_BINDIR)" >&2
  exit 1
fi

run_as=()
if [ "$(id -u)" -eq 0 ]; then run_as=(runuser -u postgres --); fi

# Everything the server writes lives in one temporary folder owned by the server's user.
root="$(mktemp -d /tmp/yc-pg-test.XXXXXX)"
chmod 700 "$root"
password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
printf '%s\n' "$password" > "$root/pwfile"
[ ${#run_as[@]} -gt 0 ] && chown -R postgres: "$root"

"${run_as[@]}" "$bindir/initdb" -D "$root/data" -U postgres --pwfile="$root/pwfile" \
  --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 || {
  cat "$root/initdb.log" >&2; exit 1; }
rm -f "$root/pwfile"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Settings in a file of their own, so that tests/pg/server-ctl.sh can restart the server with plain pg_ctl.
"${run_as[@]}" sh -c "echo \"include 'yc-test.conf'\" >> '$root/data/postgresql.conf'"
started=""
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  port=$(( 20000 + RANDOM % 40000 ))
  port_in_use "$port" && continue
  "${run_as[@]}" sh -c "cat > '$root/data/yc-test.conf'" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$root'
fsync = off
max_connections = 100
CONF
  if "${run_as[@]}" "$bindir/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 start >/dev/null; then
    started=yes; break
  fi
  # Lost a race for the port: try another one.
done
if [ -z "$started" ]; then
  echo "start-server: the server did not start; its log:" >&2
  cat "$root/server.log" >&2 || true
  exit 1
fi

# The pgpass file belongs to whoever runs the tests (libpq ignores it unless it is 0600).
umask 077
printf '127.0.0.1:%s:*:postgres:%s\n' "$port" "$password" > "$state/pgpass"
cat > "$state/connection.env" <<ENV
PGHOST=127.0.0.1
PGPORT=$port
PGUSER=postgres
PGDATABASE=yc_test
PGPASSFILE=$state/pgpass
YC_PG_DATA=$root/data
YC_PG_BINDIR=$bindir
ENV

"${run_as[@]}" "$bindir/psql" -h "$root" -p "$port" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
  -c "CREATE DATABASE yc_test" >/dev/null
"${run_as[@]}" "$bindir/psql" -h "$root" -p "$port" -U postgres -d yc_test -qAt -v ON_ERROR_STOP=1 \
  -c "CREATE EXTENSION postgis" >/dev/null || {
  echo "start-server: cannot create the postgis extension (install postgresql-15-postgis-3)" >&2
  "$(dirname "$0")/stop-server.sh" "$state"; exit 1; }
echo "start-server: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') with PostGIS on 127.0.0.1:$port, data in $root/data"
