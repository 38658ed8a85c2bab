#!/usr/bin/env bash
# Builds the Teams app package: manifest/build/appPackage.zip (manifest.json, en-us.json, color.png, outline.png).
#
#   BOT_APP_ID=<guid> BOT_DOMAIN=<host> manifest/build.sh [--env-file FILE] [--out DIR]
#
# Settings come from the environment, then from an .env file (KEY=VALUE lines; default manifest/.env, see
# .env.example); a variable already set in the environment wins over the file.
#   BOT_APP_ID             required  the bot's Microsoft app id (Entra app registration, or the managed identity's
#                                    client id for a UserAssignedMSI bot): the Azure Bot resource's msaAppId
#   BOT_DOMAIN             required  the bot's host name, e.g. ca-chatbot.nicecoast-1234.japaneast.azurecontainerapps.io
#   TEAMS_APP_ID           optional  the Teams app's own id (a GUID); default BOT_APP_ID
#   APP_VERSION            optional  the package version (x.y.z); raise it for every upload that changes the package
#   DEVELOPER_NAME         optional  shown as the app's publisher (<= 32 characters); default 社内情報システム部
#   DEVELOPER_WEBSITE_URL, DEVELOPER_PRIVACY_URL, DEVELOPER_TERMS_URL
#                          optional  https addresses of your intranet pages; default https://BOT_DOMAIN/
# Needs bash and python3 (standard library only); uses zip when present.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
env_file="$here/.env"
out_dir="$here/build"
env_file_given=0

while [ $# -gt 0 ]; do
  case "$1" in
    --env-file) env_file="${2:?--env-file needs a path}"; env_file_given=1; shift 2 ;;
    --out) out_dir="${2:?--out needs a path}"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

fail() { echo "build.sh: $*" >&2; exit 1; }

command -v python3 >/dev/null || fail "python3 is required"

known_keys="BOT_APP_ID BOT_DOMAIN TEAMS_APP_ID APP_VERSION DEVELOPER_NAME DEVELOPER_WEBSITE_URL DEVELOPER_PRIVACY_URL DEVELOPER_TERMS_URL"

# Read KEY=VALUE lines without executing the file; the environment wins.
if [ -f "$env_file" ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    line="${line%$'\r'}"
    case "$line" in ''|'#'*) continue ;; esac
    line="${line#export }"
    key="${line%%=*}"; value="${line#*=}"
    key="$(echo "$key" | tr -d '[:space:]')"
    case " $known_keys " in *" $key "*) ;; *) continue ;; esac
    value="${value#"${value%%[![:space:]]*}"}"; value="${value%"${value##*[![:space:]]}"}"
    case "$value" in \"*\") value="${value:1:${#value}-2}" ;; \'*\') value="${value:1:${#value}-2}" ;; esac
    if [ -z "${!key:-}" ]; then export "$key=$value"; fi
  done < "$env_file"
elif [ "$env_file_given" = 1 ]; then
  fail "env file '$env_file' not found"
fi

guid_re='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[ -n "${BOT_APP_ID:-}" ] || fail "BOT_APP_ID is not set: give the bot's Microsoft app id (a GUID), in the environment or in $env_file"
[[ "$BOT_APP_ID" =~ $guid_re ]] || fail "BOT_APP_ID '$BOT_APP_ID' is not a GUID (expected like 00000000-0000-0000-0000-000000000000)"
[ "$BOT_APP_ID" != "00000000-0000-0000-0000-000000000000" ] || fail "BOT_APP_ID is the all-zero GUID: give the real app id"
export TEAMS_APP_ID="${TEAMS_APP_ID:-$BOT_APP_ID}"
[[ "$TEAMS_APP_ID" =~ $guid_re ]] || fail "TEAMS_APP_ID '$TEAMS_APP_ID' is not a GUID"

[ -n "${BOT_DOMAIN:-}" ] || fail "BOT_DOMAIN is not set: give the bot's host name (the Container App's FQDN, output botHostName of the deployment)"
host_re='^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$'
[[ "$BOT_DOMAIN" =~ $host_re ]] || fail "BOT_DOMAIN '$BOT_DOMAIN' is not a host name: give only the host, like bot.example.com (no https://, no path, no port)"

export APP_VERSION="${APP_VERSION:-1.0.0}"
[[ "$APP_VERSION" =~ ^[0-9]{1,5}\.[0-9]{1,5}\.[0-9]{1,5}$ ]] || fail "APP_VERSION '$APP_VERSION' must look like 1.0.0"
export DEVELOPER_NAME="${DEVELOPER_NAME:-社内情報システム部}"
export DEVELOPER_WEBSITE_URL="${DEVELOPER_WEBSITE_URL:-https://$BOT_DOMAIN/}"
export DEVELOPER_PRIVACY_URL="${DEVELOPER_PRIVACY_URL:-https://$BOT_DOMAIN/}"
export DEVELOPER_TERMS_URL="${DEVELOPER_TERMS_URL:-https://$BOT_DOMAIN/}"
for u in DEVELOPER_WEBSITE_URL DEVELOPER_PRIVACY_URL DEVELOPER_TERMS_URL; do
  [[ "${!u}" =~ ^https://[^[:space:]]+$ ]] || fail "$u '${!u}' must be an https:// address"
done

for f in manifest.template.json commands.json en-us.strings.json color.png outline.png; do
  [ -f "$here/$f" ] || fail "missing $here/$f"
done

rm -rf "$out_dir"
mkdir -p "$out_dir"

MANIFEST_DIR="$here" OUT_DIR="$out_dir" python3 - <<'PY'
import json, os, re, sys

here, out = os.environ["MANIFEST_DIR"], os.environ["OUT_DIR"]

def load(name):
    with open(os.path.join(here, name), encoding="utf-8") as f:
        return json.load(f)

def fail(msg):
    print(f"build.sh: {msg}", file=sys.stderr)
    sys.exit(1)

template = load("manifest.template.json")
commands = load("commands.json")["commands"]
strings = load("en-us.strings.json")

scopes_order = ["personal", "team", "groupChat"]
seen = set()
for c in commands:
    if c["id"] in seen:
        fail(f"commands.json: duplicate id {c['id']}")
    seen.add(c["id"])
    for lang in ("ja", "en"):
        t, d = c[lang]["title"], c[lang]["description"]
        if not t.strip() or len(t) > 32:
            fail(f"commands.json: {c['id']} {lang} title must be 1-32 characters")
        if not d.strip() or len(d) > 128:
            fail(f"commands.json: {c['id']} {lang} description must be 1-128 characters")
    for s in c["scopes"]:
        if s not in scopes_order:
            fail(f"commands.json: {c['id']} has unknown scope {s}")

# One command list per scope (Teams shows the list of the scope the user is in).
lists = []
for scope in scopes_order:
    in_scope = [c for c in commands if scope in c["scopes"]]
    if not in_scope:
        continue
    if len(in_scope) > 12:
        fail(f"commands.json: {len(in_scope)} commands in scope {scope}; Teams allows 12")
    lists.append((scope, in_scope))

command_lists = [
    {"scopes": [scope], "commands": [{"title": c["ja"]["title"], "description": c["ja"]["description"]} for c in cmds]}
    for scope, cmds in lists
]

placeholder = re.compile(r"\$\{\{([A-Z_]+)\}\}")

def fill(node):
    if isinstance(node, dict):
        return {k: fill(v) for k, v in node.items()}
    if isinstance(node, list):
        return [fill(v) for v in node]
    if isinstance(node, str):
        if node == "${{COMMAND_LISTS}}":
            return command_lists
        def sub(m):
            name = m.group(1)
            if name not in os.environ:
                fail(f"manifest.template.json: no value for ${{{{{name}}}}}")
            return os.environ[name]
        return placeholder.sub(sub, node)
    return node

manifest = fill(template)

# Teams' short/long limits that the schema leaves to the portal: command titles <= 32, descriptions <= 128.
if len(manifest["developer"]["name"]) > 32:
    fail("DEVELOPER_NAME must be at most 32 characters")

localization = {
    "$schema": "https://developer.microsoft.com/json-schemas/teams/v" + manifest["manifestVersion"] + "/MicrosoftTeams.Localization.schema.json",
}
localization.update({k: v for k, v in strings.items() if not k.startswith("$")})
for i, (scope, cmds) in enumerate(lists):
    for j, c in enumerate(cmds):
        localization[f"bots[0].commandLists[{i}].commands[{j}].title"] = c["en"]["title"]
        localization[f"bots[0].commandLists[{i}].commands[{j}].description"] = c["en"]["description"]

for name, doc in (("manifest.json", manifest), ("en-us.json", localization)):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
PY

cp "$here/color.png" "$here/outline.png" "$out_dir/"

files=(manifest.json en-us.json color.png outline.png)
zip_path="$out_dir/appPackage.zip"
if command -v zip >/dev/null; then
  (cd "$out_dir" && zip -q -X -j "appPackage.zip" "${files[@]}")
else
  (cd "$out_dir" && python3 -c '
import sys, zipfile
with zipfile.ZipFile("appPackage.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for name in sys.argv[1:]:
        z.write(name, name)
' "${files[@]}")
fi

echo "Built $zip_path (Teams app id $TEAMS_APP_ID, bot $BOT_APP_ID, host $BOT_DOMAIN, version $APP_VERSION)"
