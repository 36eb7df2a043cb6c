#!/usr/bin/env bash
# Scale-out figure: the same published site (Release, Production settings, app database on PostgreSQL) measured
# side by side on loopback as
#   one   - one instance, wrk straight at it;
#   one+c - one instance behind Caddy (the proxy's own cost);
#   two+c - two instances behind Caddy, round robin (the scale-out);
# for anonymous report pages (output-cached) and for a signed-in Pro reader's report pages (output-cached per tier,
# each instance its own; every request validates the cookie and, on PostgreSQL, reads the reader's records).
# wrk -t2 -c64 for SCALE_OUT_SECONDS (default 15) after a SCALE_OUT_WARMUP (5) s warm-up each. A throwaway PostgreSQL cluster runs in a
# temp folder (as the postgres user under root). Installs wrk, caddy and postgresql through apt if missing. Raw output
# goes to bench/results/. Usage: bench/scale-out.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
seconds="${SCALE_OUT_SECONDS:-15}"; warmup="${SCALE_OUT_WARMUP:-5}"
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v caddy >/dev/null 2>&1 || missing+=(caddy)
pg_bin="$(dirname "$(readlink -f "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)")" 2>/dev/null || true)"
[[ -x "$pg_bin/initdb" ]] || missing+=(postgresql)
if (( ${#missing[@]} )); then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  systemctl disable --now caddy >/dev/null 2>&1 || true   # the package's own service is not used
  pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p; for _ in $(seq 1 100); do p=$(( 20000 + RANDOM % 20000 )); port_free "$p" && { echo "$p"; return; }; done; return 1; }
pg_port=$(free_port); port_a=$(free_port); port_b=$(free_port); port_c=$(free_port)

work="$(mktemp -d -t jobpocalypse-scale-XXXXXX)"
chmod 755 "$work"
results="bench/results/scale-out-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
as_pg=(); [[ "$(id -u)" == 0 ]] && as_pg=(runuser -u postgres --)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -d "$work/pg" ]] && "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/pg" -m immediate -w stop >/dev/null 2>&1 || true
  # The instances', Caddy's and PostgreSQL's logs stay with the figures, for any error the runs counted.
  cp "$work"/*.log "$results"/ 2>/dev/null || true
  [[ -f "$work/pg/server.log" ]] && cp "$work/pg/server.log" "$results/postgres.log"
  rm -rf "$work"
}
trap cleanup EXIT

echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{ print $3 }') on port $pg_port ..."
mkdir -p "$work/pg" && [[ -n "${as_pg[*]}" ]] && chown postgres:postgres "$work/pg"
"${as_pg[@]}" "$pg_bin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
"${as_pg[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE jobpocalypse" >/dev/null
psql_app() { "${as_pg[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d jobpocalypse -qAtc "$1"; }

echo "publishing (Release) ..."
dotnet publish src/Jobpocalypse.Web -c Release -o "$work/publish" -nologo -v quiet -clp:ErrorsOnly >/dev/null
# The reference database once, shared read-only by both instances as in the image.
mkdir -p "$work/reference"

# Starts instance NAME on PORT: Production, Stripe mode with placeholder keys (nothing here calls Stripe).
start_instance() {
  local name="$1" port="$2"
  mkdir -p "$work/app-data-$name"
  (cd "$work/publish" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
     AppData="$work/app-data-$name" Dataset__SourcePath="$repo/data" Dataset__DatabasePath="$work/reference/reference.db" \
     Site__BaseUrl="http://127.0.0.1" AppDatabase__Provider=Postgres \
     AppDatabase__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=jobpocalypse;Maximum Pool Size=40" \
     Stripe__SecretKey=sk_test_bench Stripe__WebhookSecret=whsec_bench Stripe__ProPriceId=price_bench_pro Stripe__PdfPriceId=price_bench_pdf \
     RateLimiting__FormPostsPerMinute=1000 dotnet Jobpocalypse.Web.dll >"$work/$name.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 600); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/readyz" || true)" == 200 ]] && return 0
    sleep 0.1
  done
  echo "instance $name did not get ready; its log:" >&2; tail -n 30 "$work/$name.log" >&2; return 1
}
start_instance a "$port_a"   # builds the reference database and migrates
start_instance b "$port_b"

cat >"$work/Caddyfile" <<CADDY
{
	admin off
}
:$port_c {
	reverse_proxy 127.0.0.1:$port_a 127.0.0.1:$port_b {
		lb_policy round_robin
	}
}
CADDY
caddy_one="$work/Caddyfile-one"; sed "s/ 127.0.0.1:$port_b {/ {/" "$work/Caddyfile" >"$caddy_one"

# A Pro reader: signed up and in through the forms (antiforgery token from the page), Pro granted in the database.
email="bench-$RANDOM@example.test"; password="bench-password-$RANDOM"
token() { sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1; }
post_form() { # path fields...: GET the page, POST the form with its token; prints the response headers
  local path="$1"; shift
  local t; t=$(curl -s -c "$work/jar" -b "$work/jar" "http://127.0.0.1:$port_a$path" | token)
  curl -s -o /dev/null -D - -c "$work/jar" -b "$work/jar" "http://127.0.0.1:$port_a$path" --data-urlencode "__RequestVerificationToken=$t" "$@"
}
post_form /account/sign-up --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" \
  --data-urlencode "Input.ConfirmPassword=$password" >/dev/null
auth=$(post_form /account/sign-in --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" \
  | sed -n 's/^[Ss]et-[Cc]ookie: jobpocalypse\.auth=\([^;]*\).*/\1/p' | tr -d '\r')
[[ -n "$auth" ]] || { echo "sign-in gave no cookie" >&2; exit 1; }
user_id=$(psql_app "SELECT id FROM users WHERE email = '$email'")
psql_app "INSERT INTO subscriptions (id, user_id, customer_id, status, price_id, current_period_end, cancel_at_period_end, updated_at)
          VALUES ('sub_bench', '$user_id', 'cus_bench', 'active', 'price_bench_pro', extract(epoch FROM now())::bigint + 86400, FALSE, 0)"
page="/occupations/29-2072-medical-records-specialists"
# Read whole before grep (grep -q stopping early would fail curl on a broken pipe under pipefail).
pro_page=$(curl -s -H "Cookie: jobpocalypse.auth=$auth" "http://127.0.0.1:$port_b$page")
grep -q 'data-testid="pivot-list"' <<<"$pro_page" \
  || { echo "instance b does not show the Pro sections to the signed-in reader" >&2; exit 1; }

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
rows=()
measure() { # setup kind url [header]
  local name="$1-$2" f="$results/wrk-$1-$2.txt" args=(-t2 -c64 --latency)
  [[ -n "${4:-}" ]] && args+=(-H "$4")
  wrk "${args[@]}" -d"${warmup}s" "$3" >"$results/wrk-$name-warmup.txt"
  wrk "${args[@]}" -d"${seconds}s" "$3" >"$f"
  rows+=("$(printf '%-6s %-10s %12s %9s %9s  %s' "$1" "$2" "$(awk '/^Requests\/sec:/ { print $2 }' "$f")" \
    "$(to_ms "$(awk '$1 == "50%" { print $2 }' "$f")")" "$(to_ms "$(awk '$1 == "99%" { print $2 }' "$f")")" \
    "$(awk '/Non-2xx|Socket errors/ { printf "%s ", $0 }' "$f")")")
}
pro="Cookie: jobpocalypse.auth=$auth"
measure one anonymous "http://127.0.0.1:$port_a$page"
measure one pro "http://127.0.0.1:$port_a$page" "$pro"
caddy run --config "$caddy_one" --adapter caddyfile >"$work/caddy-one.log" 2>&1 & caddy_pid=$!; pids+=($caddy_pid)
for _ in $(seq 1 100); do port_free "$port_c" || break; sleep 0.1; done
measure one+c anonymous "http://127.0.0.1:$port_c$page"
measure one+c pro "http://127.0.0.1:$port_c$page" "$pro"
kill "$caddy_pid"; wait "$caddy_pid" 2>/dev/null || true
for _ in $(seq 1 100); do port_free "$port_c" && break; sleep 0.1; done
caddy run --config "$work/Caddyfile" --adapter caddyfile >"$work/caddy-two.log" 2>&1 & pids+=($!)
for _ in $(seq 1 100); do port_free "$port_c" || break; sleep 0.1; done
measure two+c anonymous "http://127.0.0.1:$port_c$page"
measure two+c pro "http://127.0.0.1:$port_c$page" "$pro"
mem() { ps -o rss= -p "$1" | awk '{ printf "%d MB", $1 / 1024 }'; }
memory="memory after the runs: instance a $(mem "${pids[0]}"), instance b $(mem "${pids[1]}")"
{
  echo "scale-out benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(dotnet --version), caddy $(caddy version | awk '{ print $1 }'), wrk -t2 -c64 -d${seconds}s"
  printf '%-6s %-10s %12s %9s %9s  %s\n' setup pages 'requests/s' 'p50 ms' 'p99 ms' errors
  printf '%s\n' "${rows[@]}"
  echo "$memory"
  echo "page: $page; 'pro' = signed-in reader with an active Pro subscription (cookie checked, access read from PostgreSQL)"
} | tee "$results/summary.txt"
echo "raw output: $results/"
