#!/usr/bin/env bash
# Measures the personal report (/me) for a 5,000-character paste: Release publish of the site with production settings,
# then the paste in bench/me-paste.txt (a job advert written for this bench, not O*NET text) posted ROUNDS times
# (default 200, after 20 warm-up posts) with the form's own antiforgery token and cookie. Each post's time is curl's
# time_total on loopback: the server's matching, scoring and rendering plus the transfer of the page. Prints median,
# p95 (target < 50 ms), p99 and max, and exits non-zero when p95 misses. Output goes to bench/results/me-<time>/.
# Usage: bench/me.sh [rounds] [port]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/site.sh

rounds="${1:-200}"
pick_port "${2:-}"
paste_file="bench/me-paste.txt"
chars=$(wc -m <"$paste_file")
(( chars <= 5000 )) || { echo "$paste_file has $chars characters; the form takes 5,000" >&2; exit 1; }

work="$(mktemp -d -t jobpocalypse-bench-XXXXXX)"
results="bench/results/me-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
trap 'stop_server; rm -rf "$work"' EXIT

publish_site
# The form-post limit is lifted for this process only: the bench posts far more than a reader could.
server_env=(RateLimiting__FormPostsPerMinute=1000000)
start_server "$work/server.log" /me

jar="$work/cookies.txt"
token=$(curl -s --max-time 10 -c "$jar" "$base/me" | tr '\n' ' ' \
  | sed -n 's/.*data-testid="me-paste-form".*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
[[ -n "$token" ]] || token=$(curl -s --max-time 10 -b "$jar" -c "$jar" "$base/me" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
[[ -n "$token" ]] || { echo "no antiforgery token on /me" >&2; exit 1; }

post() {
  curl -s --max-time 10 -b "$jar" -o "$1" -w '%{http_code} %{time_total}\n' \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Level=mid" --data-urlencode "Duties@$paste_file" \
    "$base/me?handler=Paste"
}
post "$results/answer.html" >"$results/first.txt"
read -r first_code _ <"$results/first.txt"
[[ "$first_code" == 200 ]] && grep -q 'data-testid="me-report"' "$results/answer.html" \
  || { echo "the paste did not give a report (HTTP $first_code); see $results/answer.html" >&2; exit 1; }
for _ in $(seq 1 20); do post /dev/null >/dev/null; done
: >"$results/times.txt"
for _ in $(seq 1 "$rounds"); do post /dev/null >>"$results/times.txt"; done
stop_server

bad=$(awk '$1 != 200' "$results/times.txt" | wc -l)
(( bad == 0 )) || { echo "$bad posts did not answer 200" >&2; exit 1; }
awk '{ printf "%.3f\n", $2 * 1000 }' "$results/times.txt" | sort -n >"$results/ms.txt"
at() { awk -v p="$1" '{ v[NR] = $1 } END { i = int(p * NR + 0.999999); if (i < 1) i = 1; print v[i] }' "$results/ms.txt"; }
p95=$(at 0.95)
matched=$(grep -o '<tr' "$results/answer.html" | wc -l)
{
  echo "/me paste benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(dotnet --version)"
  echo "paste: $chars characters; answer $(wc -c <"$results/answer.html") bytes, $matched table rows"
  echo "$rounds posts: median $(at 0.5) ms, p95 $p95 ms, p99 $(at 0.99) ms, max $(tail -n 1 "$results/ms.txt") ms"
  echo "p95 target < 50 ms: $(awk -v p="$p95" 'BEGIN { print (p < 50 ? "meets target" : "MISSES target") }')"
} | tee "$results/summary.txt"
awk -v p="$p95" 'BEGIN { exit !(p < 50) }'
