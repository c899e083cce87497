#!/usr/bin/env bash
# HTTP load on a running Solemate (see prepare-benchmark.sh): the trivial endpoint as the baseline, then
# recommendations and similar shoes, each at full speed; then recommendations at about half their maximum rate;
# then recommendations again while a refit runs. Prints one JSON line per run and a summary with ratios. Then, unless
# BENCH_STARTUP=0, start to ready with and without the AOT cache (start-to-ready.sh: its own port and database).
# Bounded: every run lasts BENCH_SECONDS (default 20) and only targets the local address given.
set -euo pipefail
url=${BENCH_URL:-http://127.0.0.1:8080}
seconds=${BENCH_SECONDS:-20}
connections=${BENCH_CONNECTIONS:-32}
here=$(cd "$(dirname "$0")" && pwd)
out=${BENCH_OUT:-target/bench}
mkdir -p "$out"
case "$url" in http://127.*|http://localhost*) ;; *) echo "only local targets" >&2; exit 2 ;; esac
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2; }

run() { # target, extra env...
  local target=$1; shift
  env BENCH_TARGET="$target" "$@" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/wrk-report.lua" "$url" \
    | grep '^{' | tee -a "$out/http-load.jsonl"
}
rps() { sed -E 's/.*"rps":([0-9.]+).*/\1/' <<<"$1"; }

"$here/wait-for-precomputed.sh" "$url"
# Warm-up of the JIT and the pools, not reported: each target once, or the first measured run of recommendations
# pays for compiling its scoring loops (about a third lower throughput in an early run).
for target in live recommendations similar; do run "$target" >/dev/null; done
: > "$out/http-load.jsonl"
baseline=$(run live)
recs=$(run recommendations)
similar=$(run similar)
half_rate=$(awk -v r="$(rps "$recs")" 'BEGIN { printf "%d", r / 2 }')
# wrk has no rate limit of its own: each connection waits this long between requests to offer about half the rate.
delay=$(awk -v c="$connections" -v r="$half_rate" 'BEGIN { printf "%d", (c * 1000 / r) }')
half=$(run recommendations BENCH_DELAY_MS="$delay")
curl -s -o /dev/null -X POST -H "X-API-Key: ${BENCH_API_KEY:-bench-key}" "$url/api/admin/model/refresh" &
refit_pid=$!
sleep 1
during=$(run recommendations)
wait "$refit_pid" || true
# The refit's model ranks its default recommendations in the background: leave the next run a warm replica.
"$here/wait-for-precomputed.sh" "$url"
echo
awk -v b="$(rps "$baseline")" -v r="$(rps "$recs")" -v s="$(rps "$similar")" 'BEGIN {
  printf "recommendations / live: %.2f\nsimilar / live:         %.2f\n", r / b, s / b }'
echo "half-rate run (delay ${delay} ms per connection): $half"
echo "during refit: $during"

if [ "${BENCH_STARTUP:-1}" != 0 ]; then
  echo
  "$here/start-to-ready.sh"
fi
