#!/usr/bin/env bash
# Faults of the database under the packaged service, on a PostgreSQL 15 cluster of its own (pg_createcluster, so
# the system server is never touched):
#  1. PostgreSQL restarted while a daily plan solves: the plan ends DONE, the service answers again without a
#     restart of its own, nothing committed is lost;
#  2. PostgreSQL restarted while a record file is imported (COPY running): the import is either stored whole or
#     not at all (answered with a problem document), the chain check stays intact, the same file imports after;
#  3. (as root, with tmpfs) the disk of the database's tables full during record imports (its write-ahead log on
#     another disk): a 507 problem document naming the disk, nothing half-stored, the chain intact, and after
#     space is freed the service goes on.
# Writes scripts/results/faults.md unless RESULT= is set empty. Needs a packaged service, curl, python3 and
# Debian's postgresql 15 (pg_createcluster).
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="$PWD/service/target/quarkus-app/quarkus-run.jar"
PORT="${FAULT_PORT:-18196}"
PGPORT="${FAULT_PGPORT:-5439}"
CLUSTER="gongpeifault$$"
WORK="$(mktemp -d /tmp/gongpei-fault.XXXXXX)"
chmod 755 "$WORK"  # the postgres user keeps a cluster in it
RESULT="${RESULT-scripts/results/faults.md}"
DB=gongpei
PID=""
REPORT=()
MOUNTED=""

fail() { echo "FAULT TEST FAIL: $*" >&2; [ -f "$WORK/service.log" ] && tail -30 "$WORK/service.log" >&2; exit 1; }
expect() { local what="$1"; shift; if "$@"; then echo "ok - $what"; REPORT+=("| $what | ok |"); else fail "$what"; fi; }
note() { echo "   $1: $2"; REPORT+=("| $1 | $2 |"); }
stop_service() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
  PID=""
}
cleanup() {
  stop_service
  pg_dropcluster --stop 15 "$CLUSTER" > /dev/null 2>&1 || true
  [ -n "$MOUNTED" ] && umount "$MOUNTED" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Every request of this script goes through api(): path, curl options.
api() { local path="$1"; shift; curl -s "$@" "http://127.0.0.1:$PORT$path"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
sql() { su postgres -c "psql -p $PGPORT -tA -d $DB -c \"$1\""; }
pg() { pg_ctlcluster 15 "$CLUSTER" "$@"; }

new_cluster() { # data directory, initdb options
  local data="$1"; shift
  pg_dropcluster --stop 15 "$CLUSTER" > /dev/null 2>&1 || true
  pg_createcluster -q 15 "$CLUSTER" -p "$PGPORT" -d "$data" -- "$@" > /dev/null
  pg start
  su postgres -c "psql -p $PGPORT -q -c \"create role $DB login password '$DB'\"" > /dev/null
  su postgres -c "psql -p $PGPORT -q -c \"create database $DB owner $DB\"" > /dev/null
}
start_service() {
  (cd "$WORK" && exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" \
     QUARKUS_DATASOURCE_USERNAME="$DB" QUARKUS_DATASOURCE_PASSWORD="$DB" \
     "$JAVA" -Xmx768m -Dquarkus.http.port="$PORT" -jar "$JAR" >> "$WORK/service.log" 2>&1) &
  PID=$!
  for _ in $(seq 1 180); do
    api /q/health/ready -f -o /dev/null && return 0
    kill -0 "$PID" 2>/dev/null || fail "the service exited during startup"
    sleep 1
  done
  fail "the service did not become ready"
}
await_ready() { # seconds; prints how long it took
  local t0=$SECONDS
  for _ in $(seq 1 "$1"); do
    if api /q/health/ready -f -o /dev/null && api /api/v1/counties -f -o /dev/null; then echo $((SECONDS - t0)); return 0; fi
    sleep 1
  done
  return 1
}
records_csv() { # rows, first waybill number; a record file of the demo county
  python3 - "$1" "$2" datasets/src/main/resources/org/gongpei/datasets/daming/county.json <<'PY'
import json, sys
rows, first = int(sys.argv[1]), int(sys.argv[2])
villages = [v["code"] for v in json.load(open(sys.argv[3], encoding="utf-8"))["villages"]]
print("waybill,carrier,villageCode,chilled,receivedAtCentre,leftCentre,arrivedAtHub,arrivedAtStation,signedAt,vehicle")
for n in range(first, first + rows):
    print(f"FT{n:09d},中通,{villages[n % len(villages)]},否,2025-06-16 05:30,2025-06-16 07:45,"
          f"2025-06-16 08:52,2025-06-16 11:51,2025-06-16 15:59,冀D0101")
PY
}
import_records() { # file; prints the HTTP status
  api /api/v1/counties/130425/records -o "$WORK/import.json" -w '%{http_code}' -F file=@"$1" --max-time 600
}
chain_intact() { api /api/v1/counties/130425/records/verification -f | json 'd["intact"]'; }
stored_rows() { sql "select count(*) from delivery_record"; }
batch_rows() { sql "select coalesce(sum(row_count), 0) from ledger_batch"; }

[ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw package first"
command -v pg_createcluster > /dev/null || fail "pg_createcluster is missing: apt-get install postgresql"

echo "# 1. PostgreSQL restarted during a solve"
new_cluster "$WORK/pgdata"
start_service
counties_before="$(sql "select count(*) from county")"; villages_before="$(sql "select count(*) from village")"
plan="$(api /api/v1/counties/130425/plans -f -H 'Content-Type: application/json' \
  -d '{"date":"2025-06-16","timeLimitSeconds":30}' | json 'd["id"]')"
for _ in $(seq 1 240); do [ "$(sql "select status from daily_plan where id = $plan")" = SOLVING ] && break; sleep 0.5; done
sleep 5
pg restart
took="$(await_ready 120)" || fail "the service does not answer after PostgreSQL restarted"
note "PostgreSQL restarted during a solve: service answering again after" "${took} s"
for _ in $(seq 1 300); do
  s="$(api "/api/v1/plans/$plan" | json 'd["status"]' 2>/dev/null || echo unknown)"
  case "$s" in QUEUED|SOLVING|unknown) sleep 1 ;; *) break ;; esac
done
expect "the plan solving during the restart ends DONE" test "$s" = DONE
expect "counties and villages committed before are all there" \
  test "$(sql "select count(*) from county")" = "$counties_before" -a "$(sql "select count(*) from village")" = "$villages_before"

echo "# 2. PostgreSQL restarted during a record import"
records_csv 150000 1 > "$WORK/records-a.csv"
records_csv 1000 200000 > "$WORK/records-b.csv"
[ "$(import_records "$WORK/records-b.csv")" = 201 ] || fail "a small record file does not import: $(cat "$WORK/import.json")"
rows_before="$(stored_rows)"
(import_records "$WORK/records-a.csv" > "$WORK/import.code") &
importer=$!
hit=no
for _ in $(seq 1 600); do
  if [ "$(sql "select count(*) from pg_stat_activity where query ilike 'copy %' and state = 'active'")" -gt 0 ]; then
    pg restart; hit=yes; break
  fi
  kill -0 "$importer" 2>/dev/null || break
  sleep 0.1
done
wait "$importer" || true
code="$(cat "$WORK/import.code")"
took="$(await_ready 120)" || fail "the service does not answer after PostgreSQL restarted"
note "PostgreSQL restarted while COPY ran: $hit; the import was answered" "$code ($(json 'd.get("title", "")' < "$WORK/import.json" 2>/dev/null || echo '-'))"
rows_after="$(stored_rows)"
if [ "$code" = 201 ]; then
  expect "the import answered 201 is stored whole" test "$rows_after" -eq $((rows_before + 150000))
else
  expect "the import cut by the restart stored no row" test "$rows_after" -eq "$rows_before"
  expect "and was answered with a problem document, not a bare 500" grep -q '"title"' "$WORK/import.json"
fi
expect "rows and batches agree, the chain is intact" test "$(batch_rows)" = "$rows_after" -a "$(chain_intact)" = True
if [ "$code" != 201 ]; then
  expect "the same file imports once the database is back, without restarting the service" \
    test "$(import_records "$WORK/records-a.csv")" = 201
fi
stop_service

echo "# 3. the database's disk full"
if [ "$(id -u)" -ne 0 ] || ! mkdir -p "$WORK/small" || ! mount -t tmpfs -o size=160m tmpfs "$WORK/small" 2>/dev/null; then
  note "disk full" "not run: mounting a small tmpfs needs root"
else
  MOUNTED="$WORK/small"
  mkdir -p "$WORK/small/pgdata" "$WORK/wal" && chown postgres "$WORK/small/pgdata" "$WORK/wal"
  # The write-ahead log on another disk, as advised for PostgreSQL: a full WAL disk stops the server itself.
  new_cluster "$WORK/small/pgdata" --waldir="$WORK/wal"
  start_service
  codes=""
  for n in $(seq 1 20); do
    records_csv 100000 $((1000000 + n * 100000)) > "$WORK/records-n.csv"
    code="$(import_records "$WORK/records-n.csv")"
    codes="$codes $code"
    [ "$code" = 201 ] || break
  done
  note "imports of 100,000 rows each until the disk was full" "${codes# }"
  expect "the import that found the disk full was answered 507 with a problem document" \
    test "$code" = 507 -a "$(json 'd["status"]' < "$WORK/import.json")" = 507
  detail="$(json 'd["detail"]' < "$WORK/import.json")"
  note "its detail" "$detail"
  took="$(await_ready 60)" || fail "the service does not answer once the disk is full"
  expect "rows and batches agree, the chain is intact on the full disk" \
    test "$(batch_rows)" = "$(stored_rows)" -a "$(chain_intact)" = True
  mount -o remount,size=400m "$WORK/small"
  expect "with space freed, the same file imports, without restarting anything" \
    test "$(import_records "$WORK/records-n.csv")" = 201
  stop_service
fi

echo "fault test passed"
if [ -n "$RESULT" ]; then
  mkdir -p "$(dirname "$RESULT")"
  {
    echo "# Database faults under the service"
    echo
    echo "Made by \`scripts/fault-test.sh\` on $(date -u +%Y-%m-%d): the packaged service (\`-Xmx768m\`, default job" \
         "settings) on a PostgreSQL 15 cluster of its own, the Daming demo county; $(nproc) cores, shared: load average" \
         "$(cut -d' ' -f1-3 /proc/loadavg) at the end. Restarts are \`pg_ctlcluster restart\` (fast shutdown: open" \
         "connections are cut); the full disk is a tmpfs of 160 MiB holding the cluster's tables, its write-ahead log" \
         "being on another disk."
    echo
    echo "| check | result |"
    echo "|---|---|"
    printf '%s\n' "${REPORT[@]}"
    echo
    echo "Not tested: a restart longer than the heartbeat limit (the running job is then found dead and run again)," \
         "a full disk of the service's own data directory (road graphs, matrix cache), the embedded PostgreSQL."
  } > "$RESULT"
  echo "wrote $RESULT"
fi
