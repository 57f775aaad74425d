#!/usr/bin/env bash
# Two instances of tip-tracker on one PostgreSQL behind nginx, under a bounded load of mixed reads and
# writes, while one instance is killed and later PostgreSQL itself is restarted.
#
# Starts the built jar twice (loopback ports) against the machine's PostgreSQL (127.0.0.1:5432,
# database test, a schema of its own), nginx (Debian's package) in front of both on a loopback port,
# signs in once through nginx, then sends <requests> requests through it, in turn: the status page
# (anonymous), the documents list (signed in) and a new document (signed in, a write with a CSRF
# token read from a page). A third of the way through, instance A is killed (kill -9); two thirds of
# the way, PostgreSQL is restarted; instance A is started again meanwhile. At the end it counts the
# writes the application acknowledged (a redirect to the new document) and those found in the
# database, and whether the session survived, and writes docs/benchmarks/two-instances-results.md.
#
# Pass: every acknowledged write is in the database and the session survived.
#
# Usage: docs/benchmarks/two-instances.sh [requests, default 300]
# Needs: a JDK, curl, psql, nginx (apt-get install nginx), pg_ctlcluster (Debian's PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/../.."

REQUESTS=${1:-300}
PORT_A=${TWO_PORT_A:-18181}
PORT_B=${TWO_PORT_B:-18182}
PORT_N=${TWO_PORT_NGINX:-18180}
SCHEMA=tiptracker_two
JAR=tracker-web/target/tip-tracker.jar
OUT=docs/benchmarks/two-instances-results.md
BASE="http://127.0.0.1:$PORT_N"
ADMIN_PASSWORD="two-instances-admin-password"

command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx)"; exit 2; }
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package

WORK=$(mktemp -d)
A=""; B=""; NGINX_PID=""
cleanup() {
  for p in $A $B; do kill "$p" 2>/dev/null || true; done
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

psql -h 127.0.0.1 -U postgres -d test -q -c "drop schema if exists $SCHEMA cascade" >/dev/null 2>&1 || true

start() { # port log -> pid
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" \
  SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD="" SPRING_FLYWAY_SCHEMAS=$SCHEMA \
  TRACKER_ADMIN_PASSWORD="$ADMIN_PASSWORD" TRACKER_BASE_URL="$BASE" SERVER_PORT="$1" \
  java -jar "$JAR" >"$2" 2>&1 &
  echo $!
}
healthy() { # port
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
    sleep 1
  done
  return 1
}

echo "Starting instance A (migrates the schema), then instance B..."
A=$(start $PORT_A "$WORK/a.log"); healthy $PORT_A || { tail -40 "$WORK/a.log"; exit 1; }
B=$(start $PORT_B "$WORK/b.log"); healthy $PORT_B || { tail -40 "$WORK/b.log"; exit 1; }

cat >"$WORK/nginx.conf" <<CONF
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events {}
http {
  access_log off;
  client_body_temp_path $WORK/body;
  proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fastcgi;
  uwsgi_temp_path $WORK/uwsgi;
  scgi_temp_path $WORK/scgi;
  upstream tracker { server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=5s; server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=5s; }
  server {
    listen 127.0.0.1:$PORT_N;
    client_max_body_size 4m;
    location / {
      proxy_pass http://tracker;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
    }
  }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon off;' &
NGINX_PID=$!
sleep 1

COOKIES="$WORK/cookies"
# (no "| head" or "| grep -q" after a writer: with pipefail, a reader that stops early fails the script)
csrf_of() { grep -o -m1 'name="_csrf"[^>]*value="[^"]*"' "$1" | sed 's/.*value="//; s/"$//'; }
curl -sS -c "$COOKIES" -b "$COOKIES" -o "$WORK/login.html" "$BASE/login"
curl -sS -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "username=admin" \
  --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$(csrf_of "$WORK/login.html")" "$BASE/login"
code=$(curl -sS -b "$COOKIES" -o /dev/null -w '%{http_code}' "$BASE/accounts")
[ "$code" = 200 ] || { echo "Sign-in through nginx failed ($code)"; exit 1; }

TOTAL=0; ERRORS=0; ACKED=0; WRITES=0
KILL_AT=$((REQUESTS / 3)); RESTART_PG_AT=$((2 * REQUESTS / 3)); killed=""; restarted=""
: >"$WORK/acked"
echo "Load: $REQUESTS requests through nginx..."
for i in $(seq 1 "$REQUESTS"); do
  if [ "$i" = "$KILL_AT" ]; then
    echo "  request $i: kill -9 instance A"; kill -9 "$A"; killed=yes
    A=$(start $PORT_A "$WORK/a2.log")
  fi
  if [ "$i" = "$RESTART_PG_AT" ]; then
    echo "  request $i: restarting PostgreSQL"; pg_ctlcluster $(pg_lsclusters -h | awk 'NR == 1 {print $1, $2}') restart
    restarted=yes
  fi
  TOTAL=$((TOTAL + 1))
  case $((i % 3)) in
    0) code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 20 "$BASE/status" || echo 000) ;;
    1) code=$(curl -sS -b "$COOKIES" -c "$COOKIES" -o /dev/null -w '%{http_code}' --max-time 20 "$BASE/documents" || echo 000) ;;
    2)
      WRITES=$((WRITES + 1))
      title="وثيقة الحمل $i $$"
      if curl -sS -b "$COOKIES" -c "$COOKIES" -o "$WORK/form.html" --max-time 20 "$BASE/documents/new" 2>/dev/null; then
        headers=$(curl -sS -b "$COOKIES" -c "$COOKIES" -o /dev/null -D - --max-time 20 \
          --data-urlencode "organ=GENERAL_ASSEMBLY" --data-urlencode "kind=REPORT" --data-urlencode "year=2015" \
          --data-urlencode "titleAr=$title" --data-urlencode "_csrf=$(csrf_of "$WORK/form.html")" "$BASE/documents" 2>/dev/null || true)
        code=$(awk 'NR == 1 {print $2}' <<<"$headers")
        if [ "$code" = 302 ] && grep -qi '^location: .*/documents/[0-9]' <<<"$headers"; then
          ACKED=$((ACKED + 1)); echo "$title" >>"$WORK/acked"
        fi
      else
        code=000
      fi ;;
  esac
  case "$code" in 200|302) ;; *) ERRORS=$((ERRORS + 1)) ;; esac
done
healthy $PORT_A || true
FOUND=0
while IFS= read -r title; do
  n=$(psql -h 127.0.0.1 -U postgres -d test -tAq -c "select count(*) from $SCHEMA.un_document where title_ar = '$title'")
  [ "$n" = 1 ] && FOUND=$((FOUND + 1))
done <"$WORK/acked"
SESSION=$(curl -sS -b "$COOKIES" -o /dev/null -w '%{http_code}' "$BASE/accounts")
SURVIVED=$([ "$SESSION" = 200 ] && echo yes || echo no)

PASS=0
[ "$FOUND" = "$ACKED" ] && [ "$SURVIVED" = yes ] && [ "$ACKED" -gt 0 ] && PASS=1
{
  echo "# Two instances behind nginx: results"
  echo
  echo "Produced by \`docs/benchmarks/two-instances.sh $REQUESTS\` on $(date -u +%Y-%m-%d) ($(nproc) cores): instances A"
  echo "(:$PORT_A) and B (:$PORT_B) on the machine's PostgreSQL $(psql -h 127.0.0.1 -U postgres -d test -tAq -c 'show server_version' | cut -d' ' -f1),"
  echo "nginx $(nginx -v 2>&1 | sed 's|.*/||') round-robin in front (:$PORT_N), one signed-in session for the whole run."
  echo "Instance A killed with kill -9 at request $KILL_AT (and started again), PostgreSQL restarted at request $RESTART_PG_AT."
  echo
  echo "| requests | errors (not 200/302, or no answer) | writes tried | writes acknowledged | acknowledged writes found afterwards | session survived |"
  echo "|---:|---:|---:|---:|---:|---|"
  echo "| $TOTAL | $ERRORS | $WRITES | $ACKED | $FOUND | $SURVIVED |"
  echo
  if [ "$PASS" = 1 ]; then echo "Every acknowledged write is in the database and the session survived: **pass**."
  else echo "**FAIL**: acknowledged $ACKED, found $FOUND, session survived: $SURVIVED."; fi
} >"$OUT"
cat "$OUT"
psql -h 127.0.0.1 -U postgres -d test -q -c "drop schema if exists $SCHEMA cascade" >/dev/null 2>&1 || true
[ "$PASS" = 1 ]
