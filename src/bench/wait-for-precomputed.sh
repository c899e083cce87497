#!/usr/bin/env bash
# Waits until the served model's default recommendations are all ranked ahead of time (GET /api/model ->
# precomputed), or returns at once when they are turned off. A fit or a load starts that ranking in the background;
# until it ends, most recommendation requests are ranked live, so a benchmark run would measure a mix.
# Bounded: gives up after 10 minutes.
set -euo pipefail
url=${1:-http://127.0.0.1:8080}
for _ in $(seq 1 600); do
  progress=$(curl -s -H "X-API-Key: ${BENCH_API_KEY:-bench-key}" "$url/api/model" | python3 -c '
import json, sys
p = json.load(sys.stdin).get("precomputed")
print("done" if p is None or p["ranked"] == p["customers"] else "%d of %d" % (p["ranked"], p["customers"]))')
  [ "$progress" = done ] && exit 0
  sleep 1
done
echo "precomputed recommendations still filling after 10 minutes ($progress)" >&2
exit 1
