#!/usr/bin/env bash
# Measures the PDF report: Release build of the command line (src/Jobpocalypse.Cli), the reference database built first (in its own process, so
# the build's memory is not counted), then `pdf-benchmark` under /usr/bin/time -v: 29-2072 rendered RUNS times after a
# warm-up (median and p95; target median < 50 ms), then every occupation once with no cache (total time and the
# process's peak working set; target < 300 MB), and the max RSS /usr/bin/time saw. The 29-2072 PDF is kept to look at.
# Every step is bounded by a timeout. Output goes to bench/results/pdf-<time>/.
# Usage: bench/pdf.sh [runs]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-200}"
work="$(mktemp -d -t jobpocalypse-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
results="bench/results/pdf-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
db="$work/reference.db"

echo "building (Release) ..."
timeout 300 dotnet build src/Jobpocalypse.Cli -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
dll="src/Jobpocalypse.Cli/bin/Release/net10.0/Jobpocalypse.Cli.dll"
timeout 300 dotnet "$dll" build-dataset --data data --out "$db" >/dev/null

timeout 600 /usr/bin/time -v -o "$results/time.txt" \
  dotnet "$dll" pdf-benchmark --data data --out "$db" --runs "$runs" --save "$results" | tee "$results/benchmark.txt"

rss_kb="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$results/time.txt")"
wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$results/time.txt")"
rss_mb="$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')"
verdict="$(awk -v k="$rss_kb" 'BEGIN { print (k < 300 * 1024 ? "meets target" : "MISSES target") }')"
{
  echo "pdf benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(dotnet --version)"
  cat "$results/benchmark.txt"
  echo "/usr/bin/time: max RSS ${rss_mb} MB (target < 300 MB: $verdict), wall $wall for the whole command"
} > "$results/summary.txt"
tail -n 1 "$results/summary.txt"
echo "raw output and the 29-2072 PDF: $results/"
