#!/usr/bin/env bash
# Start to ready of the packaged app on the JVM with the DEMO store (2,000 shoes, 5,000 customers, ~200k
# interactions) in the local PostgreSQL, with and without the JDK's ahead-of-time cache (target/quarkus-app/app.aot,
# written by the build's integration test; see README "Performance"). Each start is timed from launching java to
# /q/health/ready answering UP:
#   1. empty database: migrate, generate and load the sample store, first fit (with the cache);
#   2. STARTUP_RESTARTS (default 3) pairs of restarts on that database, the stored model loaded, nothing refitted:
#      one without the cache, one with it, alternating, so both see the same stretch of a shared machine.
# Prints every start, then the medians. Uses port 8081 and the database solemate_startup (dropped and recreated),
# so a benchmark app on 8080 may keep running.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${STARTUP_DB:-solemate_startup}
port=${STARTUP_PORT:-8081}
restarts=${STARTUP_RESTARTS:-3}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
app=target/quarkus-app
out=target/bench
mkdir -p "$out"
[ -f "$app/quarkus-run.jar" ] || { echo "no $app: build with ./mvnw verify (its integration test trains app.aot)" >&2; exit 1; }
[ -s "$app/app.aot" ] || { echo "no $app/app.aot: build with ./mvnw verify (its integration test trains it)" >&2; exit 1; }

psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
  -c "CREATE DATABASE $db"

start_once() { # label, cache (aot|none)
  local started pid flags=()
  # AOTMode=on: a cache the JVM cannot use (another JDK, a rebuilt jar) stops the start instead of silently timing
  # a start without it.
  [ "$2" = aot ] && flags=(-XX:AOTCache=app.aot -XX:AOTMode=on)
  started=$(date +%s.%N)
  (cd "$app" && QUARKUS_HTTP_PORT=$port SOLEMATE_DB_URL=127.0.0.1:5432/$db SOLEMATE_DB_USER=postgres \
    SOLEMATE_API_KEYS=bench-key:read SOLEMATE_SAMPLE_STORE_LOAD_IF_EMPTY=true SOLEMATE_SAMPLE_STORE_SCALE=DEMO \
    SOLEMATE_AFTERCARE_ENABLED=false exec "$java" "${flags[@]}" -jar quarkus-run.jar) > "$out/startup-$2.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see $out/startup-$2.log" >&2; exit 1; }
    sleep 0.05
  done
  awk -v a="$started" -v b="$(date +%s.%N)" -v l="$1" -v c="$2" \
    'BEGIN { printf "%-34s %-5s %.2f s\n", l, c, b - a }' | tee -a "$out/start-to-ready.txt"
  kill "$pid"
  wait "$pid" || true
}

: > "$out/start-to-ready.txt"
start_once "empty database (load + fit)" aot
for _ in $(seq 1 "$restarts"); do
  start_once "restart (stored model)" none
  start_once "restart (stored model)" aot
done
echo
for cache in none aot; do
  grep "^restart .* $cache " "$out/start-to-ready.txt" | awk '{ print $(NF-1) }' | sort -n \
    | awk -v c="$cache" '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
        printf "restart to ready, median of %d, %s: %.2f s\n", NR, (c == "aot" ? "with the AOT cache" : "without it"), m }'
done
