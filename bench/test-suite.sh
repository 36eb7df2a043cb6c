#!/usr/bin/env bash
# Times the README's test command, `dotnet test Jobpocalypse.sln`, for this checkout and, side by side in the same
# sitting, for other commits (each in a temporary git worktree, given its own `npm ci`). Each is built first, so the
# timed run's build step only finds everything up to date: compiling is not timed, running the tests is.
# Prints, per commit, the wall time, the whole machine's busy CPU (from /proc/stat: child processes, Chromium and
# PostgreSQL included) and the per-project pass/fail lines. Run it on an otherwise idle machine.
# Usage: bench/test-suite.sh [commit ...]     e.g. bench/test-suite.sh e8fdfbb
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

# As CI runs it: browser journeys, deployment tools and PostgreSQL required, not skipped.
export JOBPOCALYPSE_REQUIRE_BROWSER=1 JOBPOCALYPSE_REQUIRE_DEPLOY_TOOLS=1 JOBPOCALYPSE_REQUIRE_POSTGRES=1

busy_jiffies() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

run_suite() { # label, directory
  local label="$1" dir="$2" log b0 b1 t0 t1
  log="$(mktemp -t jobpocalypse-suite-XXXXXX.log)"
  b0="$(busy_jiffies)"; t0="$(date +%s.%N)"
  (cd "$dir" && dotnet test Jobpocalypse.sln >"$log" 2>&1) || true
  t1="$(date +%s.%N)"; b1="$(busy_jiffies)"
  awk -v l="$label" -v w="$(echo "$t1 - $t0" | bc)" -v c="$(( (b1 - b0) / 100 ))" \
    'BEGIN { printf "%-12s wall %6.1f s   busy %4d core-s\n", l, w, c }'
  grep -E "(Passed|Failed)! " "$log" | sed 's/^/             /'
  rm -f "$log"
}

prepare() { # directory
  (cd "$1/tests/Jobpocalypse.BrowserTests" && npm ci --no-audit --no-fund >/dev/null 2>&1)
  (cd "$1" && dotnet build Jobpocalypse.sln -nologo -v quiet -clp:ErrorsOnly >/dev/null)
}

worktrees=()
cleanup() { for w in "${worktrees[@]}"; do git -C "$repo" worktree remove --force "$w" >/dev/null 2>&1 || true; done; }
trap cleanup EXIT

prepare "$repo"
for commit in "$@"; do
  w="$(mktemp -d -t jobpocalypse-worktree-XXXXXX)"
  rmdir "$w"
  git worktree add --detach "$w" "$commit" >/dev/null
  worktrees+=("$w")
  prepare "$w"
done

run_suite "$(git rev-parse --short HEAD)" "$repo"
for i in "${!worktrees[@]}"; do run_suite "$(git -C "${worktrees[$i]}" rev-parse --short HEAD)" "${worktrees[$i]}"; done
