# The published site for the benchmarks: sourced from the repository root. Needs $work (a scratch folder) and sets
# $port, $base; publish_site builds "$work/publish"; start_server/stop_server run it on 127.0.0.1 with production
# settings (Stripe mode with made-up keys: offers show buy buttons; no measured page calls Stripe).
repo="$(pwd)"
pro_price="price_bench_pro"
server_pid=""

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# pick_port [port]: the given port if free, else a free one picked at random.
pick_port() {
  port="${1:-}"
  if [[ -z "$port" ]]; then
    for _ in $(seq 1 50); do port=$(( 20000 + RANDOM % 20000 )); port_free "$port" && break; done
  fi
  port_free "$port" || { echo "port $port is in use; pass a free one" >&2; return 1; }
  base="http://127.0.0.1:$port"
}

ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return 0
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
}

publish_site() {
  echo "publishing (Release) ..."
  dotnet publish src/Jobpocalypse.Web -c Release -o "$work/publish" -nologo -v quiet -clp:ErrorsOnly >/dev/null
  mkdir -p "$work/app-data"
}

# start_server LOG PATH: starts the published app (with the extra NAME=value settings in the array server_env, if
# set); sets server_pid, and startup_ms to the time from process start to the first 200 of PATH.
start_server() {
  local log="$1" path="$2" t0 code
  t0=$(date +%s%N)
  (cd "$work/publish" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
     AppData="$work/app-data" Dataset__SourcePath="$repo/data" Site__BaseUrl=https://bench.example \
     Stripe__SecretKey=sk_test_bench Stripe__WebhookSecret=whsec_bench Stripe__ProPriceId="$pro_price" \
     Stripe__PdfPriceId=price_bench_pdf ${server_env[@]+"${server_env[@]}"} dotnet Jobpocalypse.Web.dll >"$log" 2>&1) &
  server_pid=$!
  for _ in $(seq 1 3000); do   # 60 s at most
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base$path" || true)
    if [[ "$code" == 200 ]]; then
      startup_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { echo "the server exited; its log:" >&2; tail -n 30 "$log" >&2; return 1; }
    sleep 0.02
  done
  echo "no 200 from $path within 60 s; server log:" >&2
  tail -n 30 "$log" >&2
  return 1
}

stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
