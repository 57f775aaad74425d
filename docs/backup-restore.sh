#!/usr/bin/env bash
# Backs up tip-tracker's database and restores it, and proves the restore: the application started
# on the restored copy shows the same records.
#
#   docs/backup-restore.sh backup  <database URL> <file>     pg_dump, custom format
#   docs/backup-restore.sh restore <database URL> <file>     pg_restore into an empty database
#   docs/backup-restore.sh test                              the round trip on the machine's PostgreSQL
#
# A database URL is a libpq one: postgresql://user@127.0.0.1:5432/tracker. The test makes a
# database tracker_backup_test, starts the built jar on it (migrations, reference data), records a
# treaty action through the application, backs the database up, restores it into
# tracker_restore_test, starts the jar on the copy, and compares the counts of every table and the
# status page's party count; then drops both databases.
# Needs: pg_dump, pg_restore, psql of the server's major version or newer; a JDK; curl.
set -euo pipefail
cd "$(dirname "$0")/.."

backup() { pg_dump --format=custom --no-owner --file="$2" "$1"; echo "Backed up to $2 ($(du -h "$2" | cut -f1))."; }
restore() { pg_restore --no-owner --exit-on-error --dbname="$1" "$2"; echo "Restored $2."; }

counts() { # url -> "table count" lines, every table of the public schema, sorted
  psql "$1" -tAq -F ' ' -c "select table_name from information_schema.tables where table_schema = 'public'
    and table_type = 'BASE TABLE' order by 1" | while read -r t; do
    echo "$t $(psql "$1" -tAq -c "select count(*) from public.\"$t\"")"
  done
}

run_app() { # database port log -> pid
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$1" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD="" TRACKER_ADMIN_PASSWORD="backup-test-admin-password" \
  TRACKER_BASE_URL="http://127.0.0.1:$2" SERVER_PORT="$2" java -jar tracker-web/target/tip-tracker.jar >"$3" 2>&1 &
  echo $!
}

healthy() {
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
    sleep 1
  done
  return 1
}

roundtrip() {
  [ -f tracker-web/target/tip-tracker.jar ] || ./mvnw -B -q -DskipTests package
  local server="postgresql://postgres@127.0.0.1:5432"
  local work; work=$(mktemp -d)
  local app=""
  trap 'kill $app 2>/dev/null || true; rm -rf "$work"; psql "$server/postgres" -q -c "drop database if exists tracker_backup_test" -c "drop database if exists tracker_restore_test" >/dev/null 2>&1 || true' RETURN
  psql "$server/postgres" -q -c "drop database if exists tracker_backup_test" -c "drop database if exists tracker_restore_test" \
    -c "create database tracker_backup_test" -c "create database tracker_restore_test" >/dev/null
  app=$(run_app tracker_backup_test 18191 "$work/original.log")
  healthy 18191 || { tail -40 "$work/original.log"; return 1; }
  # A change made through the application (a treaty action recorded by the administrator).
  local cookies="$work/cookies"
  curl -sS -c "$cookies" -b "$cookies" -o "$work/login.html" http://127.0.0.1:18191/login
  local token; token=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' "$work/login.html" | awk 'NR == 1' | sed 's/.*value="//; s/"$//')
  curl -sS -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode username=admin \
    --data-urlencode password=backup-test-admin-password --data-urlencode "_csrf=$token" http://127.0.0.1:18191/login
  curl -sS -c "$cookies" -b "$cookies" -o "$work/form.html" http://127.0.0.1:18191/actions/new
  token=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' "$work/form.html" | awk 'NR == 1' | sed 's/.*value="//; s/"$//')
  local code; code=$(curl -sS -c "$cookies" -b "$cookies" -o /dev/null -w '%{http_code}' \
    --data-urlencode iso3=DZA --data-urlencode treaty=TIP --data-urlencode kind=RESERVATION \
    --data-urlencode date=2004-03-09 --data-urlencode "text=تحفظ قبل النسخ الاحتياطي" \
    --data-urlencode "reason=اختبار النسخ الاحتياطي" --data-urlencode "_csrf=$token" http://127.0.0.1:18191/actions)
  [ "$code" = 302 ] || { echo "The change through the application was refused ($code)"; return 1; }
  local parties; parties=$(curl -fsS "http://127.0.0.1:18191/api/treaties/TIP/status?asOf=2016-05-30" | grep -o '"parties":[0-9]*')
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
  counts "$server/tracker_backup_test" >"$work/before"
  backup "$server/tracker_backup_test" "$work/tracker.dump"
  restore "$server/tracker_restore_test" "$work/tracker.dump"
  counts "$server/tracker_restore_test" >"$work/after"
  diff "$work/before" "$work/after" || { echo "The restored copy's tables differ"; return 1; }
  app=$(run_app tracker_restore_test 18192 "$work/restored.log")
  healthy 18192 || { tail -40 "$work/restored.log"; return 1; }
  local again; again=$(curl -fsS "http://127.0.0.1:18192/api/treaties/TIP/status?asOf=2016-05-30" | grep -o '"parties":[0-9]*')
  curl -fsS -o "$work/restored-DZA.html" "http://127.0.0.1:18192/participants/DZA"
  grep -q 'تحفظ قبل النسخ الاحتياطي' "$work/restored-DZA.html" \
    || { echo "The change made before the backup is not on the restored copy"; return 1; }
  [ "$parties" = "$again" ] || { echo "Status differs: $parties, restored $again"; return 1; }
  echo "Backup and restore: $(wc -l <"$work/before") tables with the same row counts, the change made before the backup and the status ($again) on the restored copy."
}

case "${1:-}" in
  backup) backup "$2" "$3" ;;
  restore) restore "$2" "$3" ;;
  test) roundtrip ;;
  *) sed -n '2,15p' "$0"; exit 2 ;;
esac
