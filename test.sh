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
  while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
  "${run_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust >/dev/null
  "${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200" -l "$pg_dir/log" -w start >/dev/null
  trap '"${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
  export CHATBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
fi

# Many test hosts run in parallel: poll configuration files instead of using up inotify instances.
export DOTNET_USE_POLLING_FILE_WATCHER=true

log=$(mktemp /tmp/chatbot-test.XXXXXX)
status=0
dotnet build ChatBot.sln -c Release -nologo -clp:ErrorsOnly || exit 1
dotnet test ChatBot.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log" || status=1

# Node-side checks: the Agents Playground conversation and the Teams app package.
for dir in tests/js tests/manifest; do
  [ -f "$dir/package.json" ] || continue
  if command -v npm >/dev/null; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && npm test 2>&1) | tee -a "$log" || status=1
  else
    echo "skipped: $dir (npm not installed)"
  fi
done
if [ -x deployment/bicep-build.sh ]; then deployment/bicep-build.sh 2>&1 | tee -a "$log" || status=1; fi

# One closing line for every runner above: "N passed, N failed".
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
node_pass=$(grep -oE '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
node_fail=$(grep -oE '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
rm -f "$log"
[ $((failed + node_fail)) -eq 0 ] || status=1
echo "tests: $((passed + node_pass)) passed, $((failed + node_fail)) failed"
exit $status
