#!/usr/bin/env bash
# Compiles and lints the Bicep templates with a pinned Bicep CLI taken from NuGet (no az, no network other
# than the NuGet feed the .NET SDK already uses). Fails on any error, and on any warning unless
# BICEP_ALLOW_WARNINGS=1.
#
#   deployment/bicep-build.sh            # build + lint main.bicep
#   deployment/bicep-build.sh --json     # also write deployment/build/main.json (ARM template)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${BICEP_VERSION:-0.47.16}"
rid="linux-x64"
case "$(uname -m)" in aarch64|arm64) rid="linux-arm64" ;; esac
case "$(uname -s)" in Darwin) rid="osx-${rid#linux-}" ;; esac
package="Azure.Bicep.CommandLine.$rid"
tools="$here/.tools"
packages="$tools/packages"
bicep="$packages/$(echo "$package" | tr '[:upper:]' '[:lower:]')/$version/tools/bicep"

write_json=0
[ "${1:-}" = "--json" ] && write_json=1

if [ ! -x "$bicep" ]; then
  command -v dotnet >/dev/null || { echo "bicep-build.sh: the .NET SDK (dotnet) is needed to fetch the Bicep CLI" >&2; exit 1; }
  # A throw-away project outside the repository, so the repository's Directory.*.props don't apply to it.
  project_dir="$(mktemp -d "${TMPDIR:-/tmp}/bicep-restore.XXXXXX")"
  cat > "$project_dir/bicep.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="$package" Version="[$version]" />
  </ItemGroup>
</Project>
EOF
  echo "Fetching $package $version into $packages"
  dotnet restore "$project_dir/bicep.csproj" --packages "$packages" --verbosity quiet >&2 || { rm -rf "$project_dir"; exit 1; }
  [ -f "$bicep" ] || { echo "bicep-build.sh: $bicep not found after restore" >&2; exit 1; }
  rm -rf "$project_dir"
  chmod +x "$bicep"
fi

"$bicep" --version

log="$(mktemp "${TMPDIR:-/tmp}/bicep-log.XXXXXX")"
trap 'rm -f "$log"' EXIT
status=0

cd "$here"
if [ "$write_json" = 1 ]; then
  mkdir -p build
  "$bicep" build main.bicep --outfile build/main.json 2>"$log" || status=1
else
  "$bicep" build main.bicep --stdout >/dev/null 2>"$log" || status=1
fi
# The parameters file, with stand-in values for the variables it reads.
NAME_PREFIX=citest POSTGRES_ADMIN_PASSWORD=stand-in-password-0 BOT_APP_ID=00000000-0000-0000-0000-000000000001 \
  "$bicep" build-params main.bicepparam --stdout >/dev/null 2>>"$log" || status=1
# lint re-checks main.bicep and the modules it uses with Bicep's default linter rules.
"$bicep" lint main.bicep 2>>"$log" >>"$log" || status=1

# The same diagnostic can come from both commands.
sort -u "$log" >&2
if grep -q ': Error ' "$log"; then status=1; fi
if grep -q ': Warning ' "$log" && [ "${BICEP_ALLOW_WARNINGS:-0}" != 1 ]; then
  echo "bicep-build.sh: warnings (set BICEP_ALLOW_WARNINGS=1 to accept them)" >&2
  status=1
fi

if [ "$status" = 0 ]; then
  echo "bicep: main.bicep, its modules and main.bicepparam build and lint cleanly"
fi
exit "$status"
