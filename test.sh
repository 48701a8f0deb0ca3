#!/usr/bin/env bash
# Runs every test of the hub. A fresh Debian/Ubuntu machine needs only the .NET SDK and Node.js:
# this script installs the rest first (Debian packages with apt-get, as root or through sudo;
# the npm tools from package-lock.json) and says so in its log.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use: Chromium for the browser tests, LibreOffice and poppler to
# render workbooks as a person sees them, Noto fonts for the Hebrew glyphs in both.
missing=()
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n)
  else
    echo "test.sh: missing Debian packages; run: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "test.sh: installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x node_modules/.bin/azurite ]; then
  echo "test.sh: installing the npm tools (Azurite) from package-lock.json"
  npm ci --no-audit --no-fund
fi

# Warnings are errors here (CI too), so the build stays at zero warnings.
dotnet build AmtzaHaderech.Integrations.sln -c Release -nologo -v quiet -warnaserror
# The layout .editorconfig asks for (whitespace, using order); `dotnet format` fixes what this finds.
dotnet format AmtzaHaderech.Integrations.sln --verify-no-changes
dotnet test AmtzaHaderech.Integrations.sln -c Release --no-build -nologo --logger "console;verbosity=normal"

# Benchmarks run once at tiny sizes so they keep working; real runs: docs/benchmarks.md.
dotnet run -c Release --no-build --project tests/benchmarks/AmtzaHaderech.Integrations.Benchmarks -- --rows 200 --ci
dotnet run -c Release --no-build --project tests/benchmarks/AmtzaHaderech.Integrations.ReportBenchmarks -- --ci
dotnet run -c Release --no-build --project tests/benchmarks/AmtzaHaderech.Integrations.MatchingBenchmarks -- --ci
