#!/usr/bin/env bash
# Profiles a page under load as a signed-in reader: wrk -t2 -c32 for 20 s, with dotnet-trace (sampled thread time, ~100 Hz) and
# dotnet-counters attached for 10 s in the middle. Writes to bench/results/profile-<time>/: the trace (nettrace and
# speedscope, open the latter in speedscope for the flame graph), the counters (csv), the top 30 methods by
# inclusive and exclusive time, and the share of each frame inside a request (bench/lib/request-breakdown.py).
# Installs wrk, dotnet-trace and dotnet-counters when missing.
# Usage: bench/profile-signed-in.sh [free|pro|anonymous] [path]   (default: free /occupations/29-2072-medical-records-specialists)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/site.sh
source bench/lib/readers.sh
reader="${1:-free}"
path="${2:-/occupations/29-2072-medical-records-specialists}"
[[ "$reader" =~ ^(free|pro|anonymous)$ ]] || { echo "reader must be free, pro or anonymous" >&2; exit 2; }
pick_port ""
ensure_wrk
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-trace >/dev/null 2>&1 || dotnet tool install -g dotnet-trace >/dev/null
command -v dotnet-counters >/dev/null 2>&1 || dotnet tool install -g dotnet-counters >/dev/null

work="$(mktemp -d -t jobpocalypse-profile-XXXXXX)"
results="bench/results/profile-$reader-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
trap 'stop_server; rm -rf "$work"' EXIT

publish_site
start_server "$work/server.log" "$path"
header="X-Bench: 1"
if [[ "$reader" != anonymous ]]; then
  header="Cookie: $(sign_up "profile@example.com")"
  [[ "$reader" == pro ]] && grant_pro "$work/app-data/app.db" "profile@example.com" "$pro_price"
fi
# Warm the JIT first, so the trace shows steady state rather than tier-0 code.
wrk -t2 -c32 -d5s -H "$header" "$base$path" >/dev/null
wrk -t2 -c32 -d20s --latency -H "$header" "$base$path" >"$results/wrk.txt" &
wrk_pid=$!
sleep 5
dotnet-counters collect -p "$server_pid" --counters System.Runtime,Microsoft.AspNetCore.Hosting \
  --format csv -o "$results/counters.csv" --duration 00:00:00:10 >/dev/null &
counters_pid=$!
dotnet-trace collect -p "$server_pid" --profile dotnet-common,dotnet-sampled-thread-time --duration 00:00:00:10 \
  -o "$results/trace.nettrace" >/dev/null
wait "$wrk_pid"
wait "$counters_pid" || true
dotnet-trace convert --format Speedscope -o "$results/trace" "$results/trace.nettrace" >/dev/null
dotnet-trace report "$results/trace.nettrace" topN -n 30 --inclusive >"$results/top-inclusive.txt"
dotnet-trace report "$results/trace.nettrace" topN -n 30 >"$results/top-exclusive.txt"
echo "profile of $path as a $reader reader: $(awk '/^Requests\/sec:/ { print $2 }' "$results/wrk.txt") requests/s"
python3 bench/lib/request-breakdown.py "$results/trace.speedscope.json" RequestLoggingMiddleware.Invoke 60 \
  >"$results/request-breakdown.txt"
echo "inside a request (the flame graph flattened; frames of async plumbing left out):"
cat "$results/request-breakdown.txt"
echo "raw output: $results/"
