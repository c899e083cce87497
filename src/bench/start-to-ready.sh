#!/usr/bin/env bash
# Start to ready of the packaged app on the JVM with the DEMO store (2,000 shoes, 20,000 customers, ~200k
# interactions) in the local PostgreSQL. Three starts, each timed from launching java to /q/health/ready answering UP:
#   1. empty database: migrate, generate and load the sample store, first fit;
#   2. and 3. restarts on that database: the stored model is loaded, nothing is refitted.
# Uses port 8081 and the database solemate_startup (dropped and recreated), so a benchmark app on 8080 may keep running.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${STARTUP_DB:-solemate_startup}
port=${STARTUP_PORT:-8081}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
out=target/bench
mkdir -p "$out"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
  -c "CREATE DATABASE $db"

start_once() { # label
  local started app
  started=$(date +%s.%N)
  QUARKUS_HTTP_PORT=$port SOLEMATE_DB_URL=127.0.0.1:5432/$db SOLEMATE_DB_USER=postgres SOLEMATE_API_KEYS=bench-key \
    SOLEMATE_SAMPLE_STORE_LOAD_IF_EMPTY=true SOLEMATE_SAMPLE_STORE_SCALE=DEMO SOLEMATE_AFTERCARE_ENABLED=false \
    "$java" -jar target/quarkus-app/quarkus-run.jar > "$out/startup-$1.log" 2>&1 &
  app=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$app" 2>/dev/null || { echo "the app stopped; see $out/startup-$1.log" >&2; exit 1; }
    sleep 0.1
  done
  awk -v a="$started" -v b="$(date +%s.%N)" -v l="$1" 'BEGIN { printf "%-32s %.1f s\n", l, b - a }'
  kill "$app"
  wait "$app" || true
}

start_once "empty database (load + fit)"
start_once "restart (stored model)"
start_once "restart again (stored model)"
