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

# CHATBOT_REQUIRE_ALL=1 (set by .ci/run) turns every "skipped" below into a failure.
require_all=${CHATBOT_REQUIRE_ALL:-}
[ -z "$require_all" ] || export CHATBOT_REQUIRE_POSTGRES=1
log=$(mktemp /tmp/chatbot-test.XXXXXX)
status=0
skips=()
skip() { # suite, reason, how to install
  if [ -n "$require_all" ]; then echo "FAILED: $1 cannot run: $2 ($3)"; status=1; else echo "skipped: $1: $2 (install: $3)"; skips+=("$1"); fi
}
[ -n "$pg_bin" ] || [ -n "${CHATBOT_TEST_POSTGRES:-}" ] || skip "PostgreSQL tests" "no PostgreSQL server binaries" "apt-get install postgresql"

if dotnet build ChatBot.sln -c Release -nologo -clp:ErrorsOnly 2>&1 | tee -a "$log"; then
  dotnet test ChatBot.sln -c Release --no-build -nologo "$@" 2>&1 | tee -a "$log" || status=1
else
  echo "Failed: 1 (the build failed)" | tee -a "$log"; status=1
fi

# Node-side checks: the Agents Playground conversation, Adaptive Card rendering and the Teams app package.
command -v chromium >/dev/null || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] \
  || skip "card rendering in Chromium" "Chromium not installed" "apt-get install chromium"
for dir in tests/js tests/manifest; do
  [ -f "$dir/package.json" ] || continue
  if command -v npm >/dev/null; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && npm test 2>&1) | tee -a "$log" || status=1
  else
    skip "$dir" "npm not installed" "apt-get install nodejs npm"
  fi
done
if [ -x deployment/bicep-build.sh ]; then deployment/bicep-build.sh 2>&1 | tee -a "$log" || status=1; fi

# One closing line for every runner above: "N passed, N failed" (grep finding nothing is not an error).
sum() { { grep -oE "$1" "$log" || true; } | awk '{s+=$NF} END {print s+0}'; }
passed=$(( $(sum 'Passed: +[0-9]+') + $(sum '^# pass [0-9]+') ))
failed=$(( $(sum 'Failed: +[0-9]+') + $(sum '^# fail [0-9]+') ))
skipped=$(( $(sum 'Skipped: +[0-9]+') + $(sum '^# skipped [0-9]+') ))
rm -f "$log"
[ "$failed" -eq 0 ] || status=1
[ ${#skips[@]} -eq 0 ] || echo "skipped suites: ${skips[*]}"
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
