#!/usr/bin/env bash
# Runs every test. Starts a throw-away PostgreSQL server on loopback when its binaries are present
# (CI installs them; without them the PostgreSQL tests say they were skipped).
set -euo pipefail
cd "$(dirname "$0")"

pg_bin=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && pg_bin="$d"; done
if [ -n "$pg_bin" ] && [ -z "${CHATBOT_TEST_POSTGRES:-}" ]; then
  pg_dir=$(mktemp -d /tmp/chatbot-pg.XXXXXX)
  chmod 755 "$pg_dir"
  run_as=()
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$pg_dir" 2>/dev/null && run_as=(runuser -u postgres --); fi
  port=55432
  "${run_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust >/dev/null
  "${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200" -l "$pg_dir/log" -w start >/dev/null
  trap '"${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
  export CHATBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
fi

if [ -f tests/js/package.json ] && command -v npm >/dev/null; then
  (cd tests/js && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

dotnet test ChatBot.sln -c Release "$@"
