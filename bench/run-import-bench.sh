#!/usr/bin/env bash
# Builds the import benchmark in Release and runs it.
# usage: bash bench/run-import-bench.sh [folder|single|seeds|micro|all] [options]   (see bench/README.md)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/artifacts/bench"

dotnet build "$repo/bench/StoryBank.Bench/StoryBank.Bench.csproj" -c Release -o "$out" --nologo -v quiet -clp:ErrorsOnly
exec dotnet "$out/StoryBank.Bench.dll" "$@"
