#!/usr/bin/env bash
# Latency of the one search (/search and /api/search), measured against the built jar with the
# 200 000-measure benchmark data.
#
# Starts tip-tracker on its embedded PostgreSQL (a fresh, temporary data directory) with
# TRACKER_SYNTHETIC_MEASURES=<count> (default 200 000), signs in as the demo analyst (who may see
# every measure: the largest index to search), then for each of 20 typical queries sends the
# page and the JSON API <runs> times each on one kept-alive connection (sequential: what one user
# waits) after 5 warm-up requests, and writes the numbers to docs/benchmarks/search-results.md.
#
# Target (issue: one search for everything): p95 under 50 ms over the 20 queries.
#
# Usage: docs/benchmarks/search-benchmark.sh [runs per query, default 40] [measures, default 200000]
# Needs: a JDK, curl. Builds the jar if it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-40}
COUNT=${2:-200000}
PORT=${BENCH_PORT:-18093}
JAR=tracker-web/target/tip-tracker.jar
OUT=docs/benchmarks/search-results.md
BASE="http://127.0.0.1:$PORT"

[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package

DATA=$(mktemp -d)
APP=""
trap 'stop_app; rm -rf "$DATA"' EXIT
stop_app() { if [ -n "$APP" ]; then kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; APP=""; fi; }

echo "Starting the application and writing $COUNT synthetic measures..."
TRACKER_DATA_DIR="$DATA" SERVER_PORT=$PORT TRACKER_SYNTHETIC_MEASURES=$COUNT java -jar "$JAR" >"$DATA/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 900); do
  if grep -q 'Started TrackerApplication' "$DATA/app.log" && grep -q 'Synthetic data:' "$DATA/app.log"; then break; fi
  kill -0 $APP 2>/dev/null || { echo "The application stopped:"; tail -40 "$DATA/app.log"; exit 1; }
  sleep 1
done
GENERATED=$(grep -o 'Synthetic data: .*' "$DATA/app.log")
echo "$GENERATED"

COOKIES="$DATA/cookies"
CSRF=$(curl -fsS -c "$COOKIES" -b "$COOKIES" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
LOCATION=$(curl -sS -c "$COOKIES" -b "$COOKIES" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode "username=analyst" --data-urlencode "password=analyst-demo-2026" --data-urlencode "_csrf=$CSRF" "$BASE/login")
case "$LOCATION" in *error*|"") echo "Login failed ($LOCATION)"; exit 1;; esac

QUERIES=(
  "الاتجار بالأشخاص" "الأطفال" "الاطفال" "الضحايا" "العمل الجبري" "رسوم التوظيف" "التوعية" "الطوب"
  "الأرجنتين" "الأرجنتن" "قرارها ١٧٩/٧٠" "١٧٩/٧٠" "A/RES/70/179" "E/RES/2006/27" "recruitment fees"
  "Swaziland" "trafficking children" "UNODC" "PER" "اليوم العالمي"
)

encode() { curl -Gso /dev/null -w '%{url_effective}' --data-urlencode "q=$2" "$BASE$1" | sed "s|^$BASE||"; }

# times PATH -> one line per request: seconds
times() {
  local urls=()
  for _ in $(seq 1 $((RUNS + 5))); do urls+=(-o /dev/null "$BASE$1"); done
  curl -s -b "$COOKIES" -w '%{http_code} %{time_total}\n' "${urls[@]}" | tail -n "$RUNS"
}

pct() { sort -n | awk -v p="$1" '{ a[NR] = $1 } END { i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; printf "%.1f", a[i] * 1000 }'; }

: >"$DATA/all-page" ; : >"$DATA/all-api"
LINES=()
for q in "${QUERIES[@]}"; do
  page=$(encode /search "$q"); api=$(encode /api/search "$q")
  total=$(curl -sS -b "$COOKIES" "$BASE$api" | grep -o '"total":[0-9]*' | head -1 | cut -d: -f2)
  times "$page" >"$DATA/page"; times "$api" >"$DATA/api"
  if grep -hqv '^200 ' "$DATA/page" "$DATA/api"; then echo "$q: a request did not answer 200"; exit 1; fi
  awk '{print $2}' "$DATA/page" | tee -a "$DATA/all-page" >"$DATA/page.t"
  awk '{print $2}' "$DATA/api" | tee -a "$DATA/all-api" >"$DATA/api.t"
  line="| \`$q\` | $total | $(pct 50 <"$DATA/page.t") | $(pct 95 <"$DATA/page.t") | $(pct 50 <"$DATA/api.t") | $(pct 95 <"$DATA/api.t") |"
  echo "$line"; LINES+=("$line")
done
stop_app

P95_PAGE=$(pct 95 <"$DATA/all-page"); P95_API=$(pct 95 <"$DATA/all-api")
P50_PAGE=$(pct 50 <"$DATA/all-page"); P50_API=$(pct 50 <"$DATA/all-api")
NOTES=""
if [ -f "$OUT" ] && grep -q '^## Notes' "$OUT"; then NOTES=$(sed -n '/^## Notes/,$p' "$OUT"); fi
MET=0
awk -v p="$P95_PAGE" 'BEGIN { exit !(p < 50) }' && MET=1
{
  echo "# Search benchmark: results"
  echo
  echo "Produced by \`docs/benchmarks/search-benchmark.sh $RUNS $COUNT\` on $(date -u +%Y-%m-%d) ($(nproc) cores,"
  echo "$(java -version 2>&1 | head -1 | tr -d '"'); curl on one kept-alive connection, $RUNS requests per query after 5"
  echo "warm-up requests; the client runs on the same machine as the server and the embedded PostgreSQL)."
  echo
  echo "Data: $GENERATED, plus the reference data; signed in as the demo analyst (every measure is searched)."
  echo "Times are curl's total per request, in milliseconds: the page renders the grouped results (up to 5 per kind"
  echo "with their passages); the API ranks all kinds together (20 per page)."
  echo
  echo "| Query | Matches (counted up to 1000 per kind) | page p50 | page p95 | API p50 | API p95 |"
  echo "|---|---:|---:|---:|---:|---:|"
  for l in "${LINES[@]}"; do echo "$l"; done
  echo "| **all 20 queries** | | **$P50_PAGE** | **$P95_PAGE** | **$P50_API** | **$P95_API** |"
  echo
  if [ "$MET" = 1 ]; then echo "Target (p95 < 50 ms over the 20 queries, the page): **met**."
  else echo "Target (p95 < 50 ms over the 20 queries, the page): **NOT met**."; fi
  if [ -n "$NOTES" ]; then echo; echo "$NOTES"; fi
} >"$OUT"
cat "$OUT"
[ "$MET" = 1 ]
