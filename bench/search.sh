#!/usr/bin/env bash
# Measures search: Release build of the command line (src/Jobpocalypse.Cli), the reference database built first, then `search-bench`: precision@1
# and @3 on the search-quality set (tests/Jobpocalypse.Web.Tests/Search/search-quality.tsv; targets 90 % and 97 %),
# then every query of the set ROUNDS times, timed in process around the search service (uncached, as the output
# cache's first request for a query is): median, p95 (target < 5 ms), p99, max. Exits non-zero when p95 misses.
# Every step is bounded by a timeout. Output goes to bench/results/search-<time>/.
# Usage: bench/search.sh [rounds]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."

rounds="${1:-20}"
work="$(mktemp -d -t jobpocalypse-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
results="bench/results/search-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
db="$work/reference.db"

echo "building (Release) ..."
timeout 300 dotnet build src/Jobpocalypse.Cli -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
dll="src/Jobpocalypse.Cli/bin/Release/net10.0/Jobpocalypse.Cli.dll"
timeout 300 dotnet "$dll" build-dataset --data data --out "$db" >/dev/null

timeout 600 dotnet "$dll" search-bench --data data --out "$db" --rounds "$rounds" | tee "$results/benchmark.txt"
