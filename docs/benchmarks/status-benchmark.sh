#!/usr/bin/env bash
# Throughput and latency of the ratification status page, measured against the built jar.
#
# Starts tip-tracker on its embedded PostgreSQL (a fresh, temporary data directory), warms it
# up, then runs wrk on 16 connections for a small static file and for /status (all participants,
# as of 30 May 2016), one after the other in the same run, and writes the numbers to
# docs/benchmarks/status-results.md.
#
# Targets (issue: ratification status): /status sustains >= 500 requests/s with p99 < 100 ms,
# and at least a sixth of the static file's requests/s on the same server.
#
# Usage: docs/benchmarks/status-benchmark.sh [seconds per measurement, default 30]
# Needs: a JDK, wrk (apt-get install wrk), curl. Builds the jar if it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${1:-30}
CONNECTIONS=16
THREADS=2
PORT=${BENCH_PORT:-18090}
JAR=tracker-web/target/tip-tracker.jar
OUT=docs/benchmarks/status-results.md
STATUS_PATH="/status?asOf=2016-05-30"
STATIC_PATH="/css/tracker.css"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
[ -f "$JAR" ] || ./mvnw -B -ntp -q -DskipTests package

DATA=$(mktemp -d)
APP=""
trap 'stop_app; rm -rf "$DATA"' EXIT
stop_app() { if [ -n "$APP" ]; then kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; APP=""; fi; }
start_app() { # page cache on or off
  rm -rf "$DATA/postgres"
  TRACKER_DATA_DIR="$DATA" SERVER_PORT=$PORT TRACKER_PAGE_CACHE_ENABLED=$1 java -jar "$JAR" >"$DATA/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 180); do
    if curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then return 0; fi
    kill -0 $APP 2>/dev/null || { echo "The application stopped:"; tail -40 "$DATA/app.log"; exit 1; }
    sleep 1
  done
  echo "The application did not start"; exit 1
}

start_app true
curl -fsS "http://127.0.0.1:$PORT$STATUS_PATH" -o "$DATA/status.html"
grep -q '١٨٦' "$DATA/status.html" || { echo "The status page does not show 186 parties"; exit 1; }
PAGE_BYTES=$(wc -c <"$DATA/status.html")
ROWS=$(grep -o '<tr' "$DATA/status.html" | wc -l)

echo "Warming up (15 s each)..."
wrk -t$THREADS -c$CONNECTIONS -d15s "http://127.0.0.1:$PORT$STATIC_PATH" >/dev/null
wrk -t$THREADS -c$CONNECTIONS -d15s "http://127.0.0.1:$PORT$STATUS_PATH" >/dev/null

measure() { # path -> wrk output
  wrk -t$THREADS -c$CONNECTIONS -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$1"
}
rps() { awk '/^Requests\/sec:/ {print $2}'; }
pct() { awk -v p="$1" '$1 == p {print $2}'; }
ms() { # wrk latency (e.g. 850.00us, 12.3ms, 1.2s) -> milliseconds
  awk '{ v=$1; if (v ~ /us$/) {sub(/us$/,"",v); printf "%.2f", v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); printf "%.2f", v} else if (v ~ /s$/) {sub(/s$/,"",v); printf "%.2f", v*1000} else print v }'
}
errors() { awk '/Non-2xx|Socket errors/ {print}' ; }

echo "Measuring $STATIC_PATH for ${DURATION} s..."
STATIC_OUT=$(measure "$STATIC_PATH")
echo "Measuring $STATUS_PATH for ${DURATION} s..."
STATUS_OUT=$(measure "$STATUS_PATH")
stop_app

# For information: the same page rendered on every request (the page cache off), which is what
# signed-in users get. The JIT needs a longer warm-up for the template engine's paths.
echo "Measuring $STATUS_PATH with the page cache off (45 s warm-up, ${DURATION} s)..."
start_app false
wrk -t$THREADS -c$CONNECTIONS -d45s "http://127.0.0.1:$PORT$STATUS_PATH" >/dev/null
RENDER_OUT=$(measure "$STATUS_PATH")
stop_app

STATIC_RPS=$(rps <<<"$STATIC_OUT")
STATUS_RPS=$(rps <<<"$STATUS_OUT")
STATIC_P99=$(pct 99% <<<"$STATIC_OUT" | ms)
STATUS_P50=$(pct 50% <<<"$STATUS_OUT" | ms)
STATUS_P99=$(pct 99% <<<"$STATUS_OUT" | ms)
RATIO=$(awk -v a="$STATUS_RPS" -v b="$STATIC_RPS" 'BEGIN { printf "%.3f", a / b }')
ERRORS="$(errors <<<"$STATUS_OUT")$(errors <<<"$STATIC_OUT")"

verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "NOT met"; fi; }
OK_RPS=$(awk -v a="$STATUS_RPS" 'BEGIN { print (a >= 500) ? 1 : 0 }')
OK_P99=$(awk -v a="$STATUS_P99" 'BEGIN { print (a < 100) ? 1 : 0 }')
OK_RATIO=$(awk -v a="$RATIO" 'BEGIN { print (a >= 1/6) ? 1 : 0 }')

{
  echo "# Status page benchmark: results"
  echo
  echo "Produced by \`docs/benchmarks/status-benchmark.sh $DURATION\` on $(date -u +%Y-%m-%d) ($(nproc) cores,"
  echo "$(java -version 2>&1 | head -1 | tr -d '"'), wrk $THREADS threads × $CONNECTIONS connections, ${DURATION} s per measurement after a"
  echo "15 s warm-up; the client runs on the same machine as the server and the embedded PostgreSQL)."
  echo
  echo "The status page as of 30 May 2016: $PAGE_BYTES bytes of HTML, $ROWS table rows (all participants × four treaties)."
  echo
  echo "| Path | Requests/s | p50 | p99 |"
  echo "|---|---:|---:|---:|"
  echo "| \`$STATIC_PATH\` (static file) | $STATIC_RPS | $(pct 50% <<<"$STATIC_OUT" | ms) ms | $STATIC_P99 ms |"
  echo "| \`$STATUS_PATH\` (anonymous: served from the rendered-page cache) | $STATUS_RPS | $STATUS_P50 ms | $STATUS_P99 ms |"
  echo "| \`$STATUS_PATH\` rendered on every request (page cache off; signed-in users) | $(rps <<<"$RENDER_OUT") | $(pct 50% <<<"$RENDER_OUT" | ms) ms | $(pct 99% <<<"$RENDER_OUT" | ms) ms |"
  echo
  echo "| Target | Measured | |"
  echo "|---|---:|---|"
  echo "| /status ≥ 500 requests/s | $STATUS_RPS | $(verdict "$OK_RPS") |"
  echo "| /status p99 < 100 ms | $STATUS_P99 ms | $(verdict "$OK_P99") |"
  echo "| /status ≥ 1/6 of the static file's requests/s | $RATIO | $(verdict "$OK_RATIO") |"
  if [ -n "$ERRORS" ]; then echo; echo "wrk reported: $ERRORS"; fi
  echo
  echo "## wrk output"
  echo
  echo '```'
  echo "$STATIC_OUT"
  echo
  echo "$STATUS_OUT"
  echo
  echo "$RENDER_OUT"
  echo '```'
} >"$OUT"
cat "$OUT"
[ "$OK_RPS$OK_P99$OK_RATIO" = "111" ]
