#!/usr/bin/env bash
# Measures the reference dataset build: Release build of the command line (src/Jobpocalypse.Cli), then `build-dataset --force` run RUNS times
# (default 5) under /usr/bin/time -v. Prints wall time and peak RSS per run, the median, and the database size.
# Usage: bench/dataset-build.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-5}"
out_dir="$(mktemp -d -t jobpocalypse-bench-XXXXXX)"
trap 'rm -rf "$out_dir"' EXIT
db="$out_dir/reference.db"

dotnet build src/Jobpocalypse.Cli -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
dll="src/Jobpocalypse.Cli/bin/Release/net10.0/Jobpocalypse.Cli.dll"

printf '%-5s %10s %12s\n' run wall_s max_rss_mb
walls=()
rsss=()
for i in $(seq 1 "$runs"); do
  stats="$out_dir/time-$i.txt"
  /usr/bin/time -v -o "$stats" dotnet "$dll" build-dataset --data data --out "$db" --force >/dev/null
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; printf "%.2f", s }' "$stats")"
  rss_kb="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$stats")"
  rss="$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')"
  walls+=("$wall")
  rsss+=("$rss")
  printf '%-5s %10s %12s\n' "$i" "$wall" "$rss"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median wall: $(median "${walls[@]}") s; median max RSS: $(median "${rsss[@]}") MB; worst max RSS: $(printf '%s\n' "${rsss[@]}" | sort -n | tail -1) MB"
echo "database: $(stat -c %s "$db") bytes ($(du -h "$db" | cut -f1))"
