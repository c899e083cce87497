#!/usr/bin/env bash
# Prepares the benchmark scale (20,000 shoes, 200,000 users, ~5,000,000 interactions) in a fresh database on the
# local PostgreSQL and starts the packaged app against it; prints how long the load, the first fit and start-to-ready
# took. The app keeps running (pid in target/bench/app.pid) for http-load.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${BENCH_DB:-solemate_bench}
port=${BENCH_PORT:-8080}
heap=${BENCH_HEAP:-3g}
out=target/bench
mkdir -p "$out"
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
  -c "CREATE DATABASE $db"

start=$(date +%s.%N)
QUARKUS_HTTP_PORT=$port SOLEMATE_DB_URL=127.0.0.1:5432/$db SOLEMATE_DB_USER=postgres SOLEMATE_API_KEYS=bench-key:read+admin \
  SOLEMATE_SAMPLE_STORE_LOAD_IF_EMPTY=true SOLEMATE_SAMPLE_STORE_SCALE=BENCHMARK SOLEMATE_AFTERCARE_ENABLED=false \
  "$java" -Xmx"$heap" -XX:+UseParallelGC -jar target/quarkus-app/quarkus-run.jar > "$out/app.log" 2>&1 &
echo $! > "$out/app.pid"
until curl -sf -o /dev/null http://127.0.0.1:$port/q/health/ready; do
  kill -0 "$(cat "$out/app.pid")" 2>/dev/null || { echo "the app stopped; see $out/app.log" >&2; exit 1; }
  sleep 1
done
ready=$(date +%s.%N)
grep -E 'Loaded the .* store|Model fit .* done' "$out/app.log" | sed -E 's/^[^]]*\] \([^)]*\) //'
awk -v a="$start" -v b="$ready" 'BEGIN { printf "start to ready (load + migrate + first fit): %.1f s\n", b - a }'
curl -s http://127.0.0.1:$port/q/metrics | grep -E '^jvm_memory_used_bytes\{area="heap"' \
  | awk '{ s += $NF } END { printf "heap in use after the first fit: %.0f MiB (limit -Xmx'"$heap"')\n", s / 1048576 }'
"$(dirname "$0")/wait-for-precomputed.sh" "http://127.0.0.1:$port"
grep -E 'Ranked the default recommendations' "$out/app.log" | tail -1 | sed -E 's/^[^]]*\] \([^)]*\) //'
