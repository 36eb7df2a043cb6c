#!/usr/bin/env bash
# Measures the share card: Release build of the command line (src/Jobpocalypse.Cli), the reference database built first,
# then `card-bench`: 29-2072's card (report model built, drawn, PNG-encoded) RUNS times after a warm-up (median and p95;
# target median < 30 ms), then every occupation's card once. The 29-2072 card is kept to look at.
# Output goes to bench/results/cards-<time>/.
# Usage: bench/cards.sh [runs]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-200}"
work="$(mktemp -d -t jobpocalypse-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
results="bench/results/cards-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
db="$work/reference.db"

echo "building (Release) ..."
timeout 300 dotnet build src/Jobpocalypse.Cli -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
dll="src/Jobpocalypse.Cli/bin/Release/net10.0/Jobpocalypse.Cli.dll"
timeout 300 dotnet "$dll" build-dataset --data data --out "$db" >/dev/null

status=0
timeout 600 dotnet "$dll" card-bench --data data --out "$db" --runs "$runs" --save "$results" | tee "$results/benchmark.txt" || status=$?
{
  echo "card benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version)"
  cat "$results/benchmark.txt"
} > "$results/summary.txt"
echo "raw output and the 29-2072 card: $results/"
exit "$status"
