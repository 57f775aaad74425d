#!/usr/bin/env bash
# The performance targets of the signed-in pages, the exports, start-up, memory and static files,
# measured against the built jar, side by side with spring-petclinic in the same run.
#
# Usage: PETCLINIC_JAR=/path/to/spring-petclinic.jar docs/benchmarks/performance-benchmark.sh [seconds, default 20]
# Needs: a JDK (with jcmd), wrk (apt-get install wrk), curl. Builds tip-tracker's jar if missing.
# spring-petclinic is built outside this repository (see docs/benchmarks/README.md); without
# PETCLINIC_JAR its comparison is reported as not measured.
#
# Writes docs/benchmarks/performance-results.md and exits non-zero when a target is missed.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${1:-20}
WARMUP=${WARMUP:-10}
CONNECTIONS=16
THREADS=2
PORT=${BENCH_PORT:-18093}
PET_PORT=${PETCLINIC_PORT:-18094}
JAR=tracker-web/target/tip-tracker.jar
# The production start (docs/operations.md): the extracted jar with its class data sharing archive
# (./mvnw -Pcds -DskipTests verify), and the JVM's memory bounded.
CDS_JAR=tracker-web/target/app/tip-tracker.jar
CDS_ARCHIVE=tracker-web/target/app/tip-tracker.jsa
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -Xss512k -XX:ReservedCodeCacheSize=64m}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
OUT=docs/benchmarks/performance-results.md
BASE="http://127.0.0.1:$PORT"
STATUS="/status?asOf=2016-05-30"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
[ -f "$JAR" ] || ./mvnw -B -ntp -q -DskipTests package

DATA=$(mktemp -d)
APP=""
PET=""
trap 'stop_app; [ -n "$PET" ] && kill $PET 2>/dev/null; rm -rf "$DATA"' EXIT
stop_app() { if [ -n "$APP" ]; then kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; APP=""; fi; }
now() { date +%s.%N; }
healthy() { # url of a health endpoint, pid -> waits until UP
  for _ in $(seq 1 1200); do
    if curl -fsS "$1" 2>/dev/null | grep -q '"status":"UP"'; then return 0; fi
    kill -0 "$2" 2>/dev/null || { echo "The application stopped:"; tail -40 "$DATA/app.log"; exit 1; }
    sleep 0.1
  done
  echo "The application did not become healthy"; exit 1
}
start_app() { # plain|cds, extra environment assignments...; sets STARTUP (seconds to healthy)
  local mode=$1 t0; shift
  local launch=(-jar "$JAR")
  [ "$mode" = cds ] && launch=(-XX:SharedArchiveFile="$CDS_ARCHIVE" -jar "$CDS_JAR")
  t0=$(now)
  # shellcheck disable=SC2086
  env TRACKER_DATA_DIR="$DATA" SERVER_PORT=$PORT "$@" java $JAVA_OPTS "${launch[@]}" >"$DATA/app.log" 2>&1 &
  APP=$!
  healthy "$BASE/actuator/health" $APP
  STARTUP=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
}

rps() { awk '/^Requests\/sec:/ {print $2}'; }
p50() { awk '$1 == "50%" {print $2}' | ms; }
ms() { # wrk latency (850.00us, 12.3ms, 1.2s) -> milliseconds
  awk '{ v=$1; if (v ~ /us$/) {sub(/us$/,"",v); printf "%.2f", v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); printf "%.2f", v} else if (v ~ /s$/) {sub(/s$/,"",v); printf "%.2f", v*1000} else print v }'
}
non2xx() { awk '/Non-2xx/ {print $NF}'; }
load() { # url [cookie] -> wrk output (16 connections)
  local cookie=${2:-}
  wrk -t$THREADS -c$CONNECTIONS -d"${WARMUP}s" ${cookie:+-H "Cookie: $cookie"} "$1" >/dev/null
  wrk -t$THREADS -c$CONNECTIONS -d"${DURATION}s" --latency ${cookie:+-H "Cookie: $cookie"} "$1"
}
serial() { # url [cookie] -> wrk output (one connection: the server time of one request)
  local cookie=${2:-}
  wrk -t1 -c1 -d"${WARMUP}s" ${cookie:+-H "Cookie: $cookie"} "$1" >/dev/null
  wrk -t1 -c1 -d"${DURATION}s" --latency ${cookie:+-H "Cookie: $cookie"} "$1"
}
sign_in() { # user password -> "JSESSIONID=…"
  local jar="$DATA/cookies-$1" csrf
  rm -f "$jar"
  csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  local session; session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1)
  [ -n "$session" ] || { echo "No session for $1"; exit 1; }
  # Still signed in on the page that is measured (not a redirect to the login page)?
  curl -fsS -H "Cookie: JSESSIONID=$session" -o "$DATA/signed-in.html" "$BASE/status?asOf=2016-05-30"
  grep -q 'action="/logout"' "$DATA/signed-in.html" || { echo "$1 is not signed in" >&2; exit 1; }
  echo "JSESSIONID=$session"
}
row() { echo "| $1 | $2 | $3 | $4 |" >>"$DATA/table"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
atleast() { awk -v a="$1" -v b="$2" 'BEGIN { print (a != "-" && a >= b) ? "met" : "NOT met" }'; }
atmost() { awk -v a="$1" -v b="$2" 'BEGIN { print (a != "-" && a <= b) ? "met" : "NOT met" }'; }
: >"$DATA/table"
: >"$DATA/wrk"

MODE=plain
# (only when the archive was made from this jar: an older extraction would measure older code)
[ -f "$CDS_ARCHIVE" ] && [ ! "$CDS_JAR" -ot "$JAR" ] && MODE=cds
startup() { # mode label
  rm -rf "$DATA/postgres"
  echo "== Start-up ($2): a fresh data directory (embedded PostgreSQL initialised, reference and demo data loaded)"
  start_app "$1"; local fresh=$STARTUP; stop_app
  echo "== Start-up ($2): the same data directory again"
  start_app "$1"; local existing=$STARTUP; stop_app
  echo "fresh ${fresh} s, existing ${existing} s"
  row "Start to healthy, fresh data directory (embedded PostgreSQL included), $2" "< 20 s" "$fresh s" "$(atmost "$fresh" 20)"
  row "Start to healthy, existing data, $2" "< 10 s" "$existing s" "$(atmost "$existing" 10)"
}
startup plain "\`java -jar tip-tracker.jar\`"
[ "$MODE" = cds ] && startup cds "extracted jar with its class data sharing archive"
start_app "$MODE"

SECRETARIAT=$(sign_in secretariat secretariat-demo-2026)
ANALYST=$(sign_in analyst analyst-demo-2026)
FOCAL=$(sign_in focal.peru focal-demo-2026)

CSS=$(curl -fsS -H "Cookie: $SECRETARIAT" "$BASE$STATUS" | grep -o '/webjars/bootstrap/[^"]*bootstrap.rtl.min-[0-9a-f]*\.css' | awk 'NR == 1')
[ -n "$CSS" ] || { echo "No versioned bootstrap.rtl.min.css on the status page"; exit 1; }

if [ -n "${PETCLINIC_JAR:-}" ]; then
  echo "== spring-petclinic ($PETCLINIC_JAR) on port $PET_PORT"
  java -jar "$PETCLINIC_JAR" --server.port=$PET_PORT --server.address=127.0.0.1 >"$DATA/petclinic.log" 2>&1 &
  PET=$!
  healthy "http://127.0.0.1:$PET_PORT/actuator/health" $PET
fi

# The JIT needs about a minute of the template engine's paths before the figures settle (a 10 s
# warm-up measured half the rate a minute gives): both servers get the same long warm-up first.
LONG_WARMUP=${LONG_WARMUP:-60}
echo "== Warming both servers up for ${LONG_WARMUP} s each"
wrk -t$THREADS -c$CONNECTIONS -d"${LONG_WARMUP}s" -H "Cookie: $ANALYST" "$BASE$STATUS" >/dev/null
[ -n "$PET" ] && wrk -t$THREADS -c$CONNECTIONS -d"${LONG_WARMUP}s" "http://127.0.0.1:$PET_PORT/vets.html" >/dev/null
echo "== Throughput, $CONNECTIONS connections, ${WARMUP} s warm-up and ${DURATION} s each"
CSS_OUT=$(load "$BASE$CSS"); echo "$CSS_OUT" >>"$DATA/wrk"
CSS_RPS=$(rps <<<"$CSS_OUT")
PET_RPS="-"
if [ -n "$PET" ]; then
  PET_OUT=$(load "http://127.0.0.1:$PET_PORT/vets.html"); echo "$PET_OUT" >>"$DATA/wrk"
  PET_RPS=$(rps <<<"$PET_OUT")
  kill $PET 2>/dev/null || true; wait $PET 2>/dev/null || true; PET=""
fi
echo "| What | Requests/s | p50 | /status ÷ bootstrap.rtl.min.css (≥ 0.25) | /status ÷ petclinic /vets.html (≥ 3) |" >"$DATA/throughput"
echo "|---|---:|---:|---:|---:|" >>"$DATA/throughput"
echo "| \`bootstrap.rtl.min.css\` (versioned URL, 232 KB) | $CSS_RPS | $(p50 <<<"$CSS_OUT") ms | | |" >>"$DATA/throughput"
[ -n "${PET_OUT:-}" ] && echo "| spring-petclinic \`/vets.html\` | $PET_RPS | $(p50 <<<"$PET_OUT") ms | | |" >>"$DATA/throughput"
ALL_MET=1
throughput() { # label path cookie
  local out r1 r2 bad
  out=$(load "$BASE$2" "$3"); echo "$out" >>"$DATA/wrk"
  bad=$(non2xx <<<"$out")
  [ -z "$bad" ] || { echo "$1: $bad responses were not 2xx"; exit 1; }
  r1=$(ratio "$(rps <<<"$out")" "$CSS_RPS"); r2=$(ratio "$(rps <<<"$out")" "$PET_RPS")
  echo "| $1 | $(rps <<<"$out") | $(p50 <<<"$out") ms | $r1 ($(atleast "$r1" 0.25)) | $r2 ($(atleast "$r2" 3)) |" >>"$DATA/throughput"
  [ "$(atleast "$r1" 0.25)" = met ] && [ "$(atleast "$r2" 3)" = met ] || ALL_MET=0
}
throughput "\`$STATUS\`, secretariat" "$STATUS" "$SECRETARIAT"
throughput "\`$STATUS\`, analyst" "$STATUS" "$ANALYST"
throughput "\`$STATUS\`, focal point" "$STATUS" "$FOCAL"
throughput "\`$STATUS&treaty=TIP&state=party&region=Africa\`, analyst" "$STATUS&treaty=TIP&state=party&region=Africa" "$ANALYST"
throughput "\`$STATUS&lang=en\`, analyst (English)" "$STATUS&lang=en" "$ANALYST"
throughput "\`$STATUS&lang=en&region=Europe\`, focal point (English)" "$STATUS&lang=en&region=Europe" "$FOCAL"
row "Signed-in /status ≥ 1/4 of bootstrap.rtl.min.css and ≥ 3× petclinic /vets.html (every row of the throughput table)" "all" "see below" "$([ $ALL_MET = 1 ] && echo met || echo 'NOT met')"

echo "== Exports: /status as CSV and as Excel, one connection"
CSV_OUT=$(serial "$BASE/status/export.csv?asOf=2016-05-30" "$ANALYST"); echo "$CSV_OUT" >>"$DATA/wrk"
XLSX_OUT=$(serial "$BASE/status/export.xlsx?asOf=2016-05-30" "$ANALYST"); echo "$XLSX_OUT" >>"$DATA/wrk"
CSV_MS=$(p50 <<<"$CSV_OUT"); XLSX_MS=$(p50 <<<"$XLSX_OUT"); EXPORT_RATIO=$(ratio "$XLSX_MS" "$CSV_MS")
row "Excel export of /status ÷ its CSV (p50 $XLSX_MS ms ÷ $CSV_MS ms)" "≤ 3" "$EXPORT_RATIO" "$(atmost "$EXPORT_RATIO" 3)"

echo "== Heavy pages, one connection (p50 of the server's answer)"
CYCLE=$(curl -fsS -H "Cookie: $SECRETARIAT" "$BASE/cycles" | grep -o 'href="/cycles/[0-9]*"' | awk 'NR == 1' | grep -o '[0-9]*')
DRAFT=$(curl -fsS -H "Cookie: $SECRETARIAT" "$BASE/report-drafts" | grep -o 'href="/report-drafts/[0-9]*"' | awk 'NR == 1' | grep -o '[0-9]*' || true)
heavy() { # label path cookie
  local out p; out=$(serial "$BASE$2" "$3"); echo "$out" >>"$DATA/wrk"
  p=$(p50 <<<"$out")
  row "$1 p50" "< 15 ms" "$p ms" "$(awk -v a="$p" 'BEGIN { print (a < 15) ? "met" : "NOT met" }')"
}
heavy "/trust-fund (analyst)" "/trust-fund" "$ANALYST"
[ -n "$CYCLE" ] && heavy "/cycles/$CYCLE (secretariat)" "/cycles/$CYCLE" "$SECRETARIAT"
heavy "/activities (analyst)" "/activities" "$ANALYST"
[ -n "$DRAFT" ] && heavy "/report-drafts/$DRAFT (secretariat)" "/report-drafts/$DRAFT" "$SECRETARIAT"

echo "== A page view with its assets, cold and warm (Accept-Encoding: br, gzip)"
page_view() { # -> "requests bytes" of the status page and every asset it names
  local html="$DATA/page.html" n=1 bytes
  bytes=$(curl -fsS -H "Cookie: $ANALYST" -H 'Accept-Encoding: br, gzip' -o "$html" -w '%{size_download}' "$BASE$STATUS")
  for asset in $(curl -fsS -H "Cookie: $ANALYST" "$BASE$STATUS" | grep -oE '(href|src)="/(css|js|webjars|vendor)/[^"]+"' | sed 's/^[a-z]*="//; s/"$//'); do
    local headers; headers=$(curl -fsS -D - -o "$DATA/asset" -H 'Accept-Encoding: br, gzip' "$BASE$asset")
    grep -qi '^cache-control: public, max-age=31536000, immutable' <<<"$headers" || { echo "$asset is not kept a year"; exit 1; }
    bytes=$((bytes + $(stat -c %s "$DATA/asset"))); n=$((n + 1))
  done
  echo "$n $bytes"
}
read -r COLD_REQUESTS COLD_BYTES <<<"$(page_view)"
WARM_BYTES=$(curl -fsS -H "Cookie: $ANALYST" -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "$BASE$STATUS")
row "A signed-in /status view, cold cache: requests and bytes on the wire" "-" "$COLD_REQUESTS requests, $COLD_BYTES bytes" "-"
row "The same view again, warm cache (every asset is immutable for a year)" "HTML only" "1 request, $WARM_BYTES bytes" "met"

echo "== Memory after load"
PID=$APP
jcmd $PID GC.run >/dev/null
sleep 1
HEAP_KB=$(jcmd $PID GC.heap_info | grep -oE 'used [0-9]+K' | awk 'NR == 1' | grep -oE '[0-9]+')
HEAP_MB=$((HEAP_KB / 1024))
RSS_MB=$(($(awk '/^VmRSS/ {print $2}' /proc/$PID/status) / 1024))
row "Heap used after load and a full GC" "< 256 MB" "$HEAP_MB MB" "$(atmost "$HEAP_MB" 255)"
row "Resident set size after load" "< 400 MB" "$RSS_MB MB" "$(atmost "$RSS_MB" 399)"
stop_app

echo "== /measures with 10 000 measures"
start_app "$MODE" TRACKER_SYNTHETIC_MEASURES=10000
ANALYST=$(sign_in analyst analyst-demo-2026)
heavy "/measures with 10 000 measures (analyst)" "/measures" "$ANALYST"
heavy "/measures?q=الأطفال with 10 000 measures (analyst)" "/measures?q=%D8%A7%D9%84%D8%A3%D8%B7%D9%81%D8%A7%D9%84" "$ANALYST"
stop_app

{
  echo "# Performance benchmark: results"
  echo
  echo "Produced by \`docs/benchmarks/performance-benchmark.sh $DURATION\` on $(date -u +%Y-%m-%d) ($(nproc) cores,"
  echo "$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(java -version 2>&1 | awk 'NR == 1' | tr -d '"'); wrk on the same machine,"
  echo "$THREADS threads × $CONNECTIONS connections for throughput after ${LONG_WARMUP} s of warm-up for each server, one connection for server times; ${WARMUP} s warm-up"
  echo "and ${DURATION} s per measurement). tip-tracker: $(git rev-parse --short HEAD 2>/dev/null || echo '?'), started as \`java $JAVA_OPTS\`"
  echo "(MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)$([ "$MODE" = cds ] && echo " from the extracted jar with its class data sharing archive") after the start-up rows."
  echo "spring-petclinic: ${PETCLINIC_COMMIT:-not recorded}, started with \`java -jar\` and no options."
  echo
  echo "| Target | Goal | Measured | |"
  echo "|---|---|---|---|"
  cat "$DATA/table"
  echo
  echo "## Throughput, side by side in one run"
  echo
  cat "$DATA/throughput"
  echo
  echo "## wrk output"
  echo
  echo '```'
  cat "$DATA/wrk"
  echo '```'
} >"$OUT"
cat "$OUT" | sed -n '1,40p'
! grep -q "NOT met" "$DATA/table" "$DATA/throughput"
