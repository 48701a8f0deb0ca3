#!/usr/bin/env bash
# Runs every test of the hub. Installs what a fresh clone lacks first (the npm tools: Azurite).
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund
fi

dotnet build AmtzaHaderech.Integrations.sln -c Release -nologo -v quiet
# The layout .editorconfig asks for (whitespace, using order); `dotnet format` fixes what this finds.
dotnet format AmtzaHaderech.Integrations.sln --verify-no-changes
dotnet test AmtzaHaderech.Integrations.sln -c Release --no-build -nologo --logger "console;verbosity=normal"

# Benchmarks run once at tiny sizes so they keep working; real runs: docs/benchmarks.md.
dotnet run -c Release --no-build --project tests/benchmarks/AmtzaHaderech.Integrations.Benchmarks -- --rows 200 --ci
dotnet run -c Release --no-build --project tests/benchmarks/AmtzaHaderech.Integrations.ReportBenchmarks -- --ci
dotnet run -c Release --no-build --project tests/benchmarks/AmtzaHaderech.Integrations.MatchingBenchmarks -- --ci
