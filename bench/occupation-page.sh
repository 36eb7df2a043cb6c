#!/usr/bin/env bash
# Serves the occupation report from a Release publish with production settings and measures:
#   1. start-up to the first 200 of the report page, cold (empty app-data: the dataset build is included;
#      target < 5 s) and warm (second start, database present; target < 1.5 s);
#   2. wrk -t2 -c32 -d15s --latency against the report page and against the same HTML saved as a static file
#      under wwwroot and served by the same process: requests/s, p50 and p99 for both, and the ratio
#      (targets: ratio >= 0.8, report p99 < 25 ms).
# Loopback only; every wait is bounded; the server is stopped on exit. Raw output goes to bench/results/.
# Usage: bench/occupation-page.sh [port]   (default: a free port picked at random on 127.0.0.1)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port="${1:-}"
if [[ -z "$port" ]]; then
  for _ in $(seq 1 50); do port=$(( 20000 + RANDOM % 20000 )); port_free "$port" && break; done
fi
base="http://127.0.0.1:$port"
page="/occupations/29-2072-medical-records-specialists"
static="/bench/report.html"

if ! command -v wrk >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
if ! port_free "$port"; then
  echo "port $port is in use; pass a free one: $0 PORT" >&2
  exit 1
fi

work="$(mktemp -d -t jobpocalypse-bench-XXXXXX)"
results="bench/results/occupation-page-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap 'stop_server; rm -rf "$work"' EXIT

echo "publishing (Release) ..."
dotnet publish src/Jobpocalypse.Web -c Release -o "$work/publish" -nologo -v quiet -clp:ErrorsOnly >/dev/null
mkdir -p "$work/app-data"

# Starts the published app; sets server_pid, and startup_ms to the time from process start to the first 200 of the page.
start_server() {
  local log="$1" t0 code
  t0=$(date +%s%N)
  (cd "$work/publish" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
     AppData="$work/app-data" Dataset__SourcePath="$repo/data" dotnet Jobpocalypse.Web.dll >"$log" 2>&1) &
  server_pid=$!
  for _ in $(seq 1 3000); do   # 60 s at most
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base$page" || true)
    if [[ "$code" == 200 ]]; then
      startup_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { echo "the server exited; its log:" >&2; tail -n 30 "$log" >&2; return 1; }
    sleep 0.02
  done
  echo "no 200 from $page within 60 s; server log:" >&2
  tail -n 30 "$log" >&2
  return 1
}

start_server "$work/server-cold.log"; cold_ms=$startup_ms
echo "cold start (empty app-data, dataset build included): ${cold_ms} ms to first 200"
# The static twin: the very bytes the report page answers with, served from wwwroot by the same app.
mkdir -p "$work/publish/wwwroot/bench"
curl -s --max-time 10 -o "$work/publish/wwwroot/bench/report.html" "$base$page"
stop_server

start_server "$work/server-warm.log"; warm_ms=$startup_ms
echo "warm start (database present): ${warm_ms} ms to first 200"
static_code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base$static")
[[ "$static_code" == 200 ]] || { echo "the static copy answered $static_code" >&2; exit 1; }

# Latency in wrk's units (us, ms, s) to milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
measure() {
  local name="$1" path="$2"
  # A short run first so the JIT has tiered up and the output cache holds the page; its numbers are kept, not used.
  wrk -t2 -c32 -d5s --latency "$base$path" >"$results/wrk-$name-warmup.txt"
  wrk -t2 -c32 -d15s --latency "$base$path" >"$results/wrk-$name.txt"
  local f="$results/wrk-$name.txt"
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$f")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$f")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$f")")
  errors=$(awk '/Non-2xx|Socket errors/ { print }' "$f")
}

measure page "$page";   page_rps=$rps; page_p50=$p50; page_p99=$p99; page_errors=$errors
measure static "$static"; static_rps=$rps; static_p50=$p50; static_p99=$p99; static_errors=$errors
stop_server
head -n 50 "$work/server-cold.log" >"$results/server-cold-head.log"
head -n 50 "$work/server-warm.log" >"$results/server-warm-head.log"
echo "server log lines during the warm run: $(wc -l <"$work/server-warm.log")" >"$results/server-log-lines.txt"

ratio=$(awk -v a="$page_rps" -v b="$static_rps" 'BEGIN { printf "%.2f", a / b }')
verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "meets target" : "MISSES target") }'; }
{
  echo "occupation page benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(dotnet --version)"
  printf 'cold start to first 200: %6d ms  (target < 5000 ms: %s)\n' "$cold_ms" "$(verdict $((cold_ms < 5000)))"
  printf 'warm start to first 200: %6d ms  (target < 1500 ms: %s)\n' "$warm_ms" "$(verdict $((warm_ms < 1500)))"
  printf '%-8s %12s %10s %10s  %s\n' what 'requests/s' 'p50 ms' 'p99 ms' path
  printf '%-8s %12s %10s %10s  %s\n' page "$page_rps" "$page_p50" "$page_p99" "$page"
  printf '%-8s %12s %10s %10s  %s\n' static "$static_rps" "$static_p50" "$static_p99" "$static"
  [[ -z "$page_errors$static_errors" ]] || echo "errors: $page_errors $static_errors"
  echo "page/static requests ratio: $ratio  (target >= 0.8: $(verdict "$(awk -v r="$ratio" 'BEGIN { print (r >= 0.8) }')"))"
  echo "page p99: $page_p99 ms  (target < 25 ms: $(verdict "$(awk -v p="$page_p99" 'BEGIN { print (p < 25) }')"))"
} | tee "$results/summary.txt"
echo "raw output: $results/"
