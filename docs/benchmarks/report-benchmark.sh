#!/usr/bin/env bash
# Server time of the report draft's three heavy requests, measured against the built jar with the
# full demo data (the demonstration draft A/71/DEMO, built from the reference records and the
# closed demonstration cycle): the whole draft page, a full regeneration, the whole-report .docx
# (and, where LibreOffice is installed, the PDF, for information).
#
# Targets (issue: the Secretary-General's report): page under 1 s, regeneration under 2 s,
# .docx under 2 s.
#
# Usage: docs/benchmarks/report-benchmark.sh [runs per request, default 20]
# Needs: a JDK, curl. Builds the jar if it is missing. Writes docs/benchmarks/report-results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-20}
PORT=${BENCH_PORT:-18092}
JAR=tracker-web/target/tip-tracker.jar
OUT=docs/benchmarks/report-results.md
BASE="http://127.0.0.1:$PORT"

[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package

DATA=$(mktemp -d)
APP=""
trap 'if [ -n "$APP" ]; then kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; fi; rm -rf "$DATA"' EXIT
TRACKER_DATA_DIR="$DATA" SERVER_PORT=$PORT java -jar "$JAR" >"$DATA/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 600); do
  grep -q 'Demonstration report draft' "$DATA/app.log" && break
  kill -0 $APP 2>/dev/null || { echo "The application stopped:"; tail -40 "$DATA/app.log"; exit 1; }
  sleep 1
done
grep -q 'Demonstration report draft' "$DATA/app.log" || { echo "No demonstration draft"; exit 1; }
ID=$(grep -o 'Demonstration report draft [0-9]*' "$DATA/app.log" | grep -o '[0-9]*$')

# Form login as the demo secretariat (the login page's CSRF token, then the form).
COOKIES="$DATA/cookies"
CSRF=$(curl -fsS -c "$COOKIES" -b "$COOKIES" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -sS -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "username=secretariat" \
  --data-urlencode "password=secretariat-demo-2026" --data-urlencode "_csrf=$CSRF" "$BASE/login"
token() { curl -fsS -b "$COOKIES" "$BASE/report-drafts/$ID" -o "$DATA/page.html"; grep -m1 -o 'name="_csrf" value="[^"]*"' "$DATA/page.html" | head -1 | sed 's/.*value="//; s/"$//'; }
PARAGRAPHS=$(curl -fsS -b "$COOKIES" "$BASE/report-drafts/$ID" | grep -c 'class="draft-block')

# time_total of RUNS requests (after 3 warm-ups), as "median p95 max" in milliseconds.
measure() {
  local method=$1 path=$2 times=()
  for i in $(seq 1 $((RUNS + 3))); do
    local t
    if [ "$method" = POST ]; then
      local tok; tok=$(token)
      t=$(curl -sS -b "$COOKIES" -o /dev/null -w '%{http_code} %{time_total}' -X POST -d "_csrf=$tok" "$BASE$path")
    else
      t=$(curl -sS -b "$COOKIES" -o /dev/null -w '%{http_code} %{time_total}' "$BASE$path")
    fi
    case "$t" in 200*|302*) ;; *) echo "$method $path answered $t"; exit 1;; esac
    [ "$i" -gt 3 ] && times+=("${t#* }")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1*1000} END {m=a[int((NR+1)/2)]; p=a[int(NR*0.95+0.999)]; printf "%.0f %.0f %.0f", m, p, a[NR]}'
}

row() { local r; r=$(measure "$2" "$3"); set -- "$1" $r "$4"; echo "| $1 | $2 | $3 | $4 | $5 |"; }
{
  echo "# Report draft benchmark"
  echo
  echo "Measured by \`docs/benchmarks/report-benchmark.sh $RUNS\` on $(date -u +%Y-%m-%d), $(nproc) CPUs,"
  echo "the built jar on its embedded PostgreSQL with the full demo data; the draft A/71/DEMO has $PARAGRAPHS paragraphs."
  echo "Server time as curl sees it on loopback (time_total), $RUNS runs after 3 warm-ups, in milliseconds."
  echo
  echo "| Request | median | p95 | max | target |"
  echo "|---|---:|---:|---:|---|"
  row "The whole draft page (/report-drafts/{id})" GET "/report-drafts/$ID" "< 1000"
  row "Full regeneration (POST /report-drafts/{id}/regenerate)" POST "/report-drafts/$ID/regenerate" "< 2000"
  row "Whole-report Word file (/report-drafts/{id}.docx)" GET "/report-drafts/$ID.docx" "< 2000"
  if command -v soffice >/dev/null || command -v libreoffice >/dev/null; then
    RUNS=5 row "PDF through LibreOffice (/report-drafts/{id}.pdf), 5 runs" GET "/report-drafts/$ID.pdf" "(none)"
  fi
} > "$OUT"
cat "$OUT"
