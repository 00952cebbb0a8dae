#!/usr/bin/env bash
# End-to-end check of the packaged service, as a user runs it:
#  1. embedded PostgreSQL (the default): health UP, the API closed without login, the first admin's one-time
#     password in the log and in a file, UI served, then every curl example of README.md, in order, against the
#     demo county (see run_readme_examples; the first logs in and creates the token the others send);
#  2. a county imported, the service restarted, the county still there; then the service killed with
#     kill -9 (its PostgreSQL keeps running) and started again: the orphaned server is stopped, no 60 s wait;
#  3. an external PostgreSQL (the system server, started with pg_ctlcluster) through
#     QUARKUS_DATASOURCE_* environment variables: a first login there too, same checks, no embedded server.
# Needs a packaged service (./mvnw package), curl and python3 and, for step 3, Debian's postgresql package.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="$PWD/service/target/quarkus-app/quarkus-run.jar"
PORT="${SMOKE_PORT:-18080}"
WORK="$(mktemp -d /tmp/gongpei-smoke.XXXXXX)"
BASE="http://127.0.0.1:$PORT"
PID=""

fail() { echo "SMOKE FAIL: $*" >&2; [ -f "$WORK/service.log" ] && tail -40 "$WORK/service.log" >&2; exit 1; }
stop_service() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"; wait "$PID" 2>/dev/null || true
  fi
  PID=""
}
trap 'stop_service; rm -rf "$WORK"' EXIT

[ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw package first"

start_service() { # extra environment as arguments
  if curl -s -o /dev/null "$BASE/q/health"; then fail "port $PORT is already in use"; fi
  (cd "$WORK" && exec env "$@" "$JAVA" -Dquarkus.http.port="$PORT" -jar "$JAR" >> "$WORK/service.log" 2>&1) &
  PID=$!
  for _ in $(seq 1 120); do
    if curl -fs "$BASE/q/health/ready" > /dev/null 2>&1; then return 0; fi
    kill -0 "$PID" 2>/dev/null || fail "the service exited during startup"
    sleep 1
  done
  fail "the service did not become ready in 120 s"
}

expect() { # description, command...
  local what="$1"; shift
  if "$@"; then echo "ok - $what"; else fail "$what"; fi
}

# Every API request of this script goes through api(), which sends the personal token once there is one.
GONGPEI_TOKEN=""
api() { if [ -n "$GONGPEI_TOKEN" ]; then curl -fs -H "Authorization: Bearer $GONGPEI_TOKEN" "$@"; else curl -fs "$@"; fi; }
json_has() { api "$1" | grep -q "$2"; }

# As a user does on a first start: the one-time password from data/initial-admin-password, a login, a password
# of one's own, then a personal token (sets GONGPEI_TOKEN).
first_login() {
  local file="$WORK/data/initial-admin-password" jar="$WORK/session.txt" password
  [ -f "$file" ] || fail "no one-time password in $file"
  [ "$(stat -c %a "$file")" = 600 ] || fail "$file is readable by others"
  grep -q "one-time password $(cat "$file")" "$WORK/service.log" || fail "the one-time password is not in the log"
  password="$(cat "$file")"
  GONGPEI_TOKEN=""
  curl -fs -o /dev/null -c "$jar" --data-urlencode j_username=admin --data-urlencode "j_password=$password" \
    "$BASE/j_security_check" || fail "login with the one-time password"
  curl -fs -o /dev/null -b "$jar" -H "Origin: $BASE" -H 'Content-Type: application/json' \
    -d '{"currentPassword":"'"$password"'","newPassword":"'"$NEW_PASSWORD"'"}' "$BASE/api/v1/me/password" \
    || fail "changing the one-time password"
  [ ! -e "$file" ] || fail "$file is still there after the password change"
  GONGPEI_TOKEN="$(curl -fs -b "$jar" -H "Origin: $BASE" -H 'Content-Type: application/json' -d '{"name":"smoke"}' \
    "$BASE/api/v1/me/tokens" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')" \
    || fail "creating a token"
  echo "ok - first login: one-time password from the file, changed, token created"
}
NEW_PASSWORD="smoke-$(date +%s%N)"

# Every ```sh block of README.md that talks to the service (contains localhost:8080) runs as it is written,
# in README order, with the service's port for 8080, in one directory that also holds
#  - datasets -> the repository's datasets/ (for the README's "cp datasets/... ." of the demand week);
#  - townships.csv, villages.csv, boundary.geojson: Daming's NBS lists with the demo's positions added, as
#    the README's CSV import describes them.
# Each block runs under bash -e -o pipefail with curl failing on any HTTP status >= 400, so an example
# whose answer is an error, or whose ids do not exist, fails the smoke test.
run_readme_examples() {
  local dir="$WORK/readme" daming="$PWD/datasets/src/main/resources/org/gongpei/datasets/daming"
  mkdir -p "$dir/blocks"
  ln -s "$PWD/datasets" "$dir/datasets"
  ln -s "$WORK/data" "$dir/data"
  cp "$daming/source/townships.csv" "$daming/source/boundary.geojson" "$dir/"
  python3 - "$daming/county.json" "$daming/source/villages.csv" > "$dir/villages.csv" <<'PY'
import csv, json, sys
positions = {v["code"]: (v["lat"], v["lon"]) for v in json.load(open(sys.argv[1], encoding="utf-8"))["villages"]}
rows = list(csv.reader(open(sys.argv[2], encoding="utf-8")))
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(rows[0] + ["lat", "lon"])
out.writerows(row + list(positions[row[0]]) for row in rows[1:])
PY
  awk -v dir="$dir/blocks" '
    /^```sh$/ { inside = 1; start = NR + 1; body = ""; next }
    inside && /^```$/ {
      inside = 0
      if (body ~ /localhost:8080/) { file = sprintf("%s/%02d-line-%d.sh", dir, ++n, start); printf "%s", body > file; close(file) }
      next
    }
    inside { body = body $0 "\n" }' README.md
  local block count=0
  for block in "$dir"/blocks/*.sh; do
    local line="${block##*-line-}"; line="${line%.sh}"
    { echo 'set -euo pipefail'
      echo 'curl() { command curl --fail-with-body --show-error "$@"; }'
      sed "s/localhost:8080/localhost:$PORT/g" "$block"
    } > "$block.run"
    local started=$SECONDS
    if (cd "$dir" && GONGPEI_TOKEN="$GONGPEI_TOKEN" GONGPEI_NEW_PASSWORD="$NEW_PASSWORD" bash "$block.run" \
        > "$block.log" 2>&1); then
      if [ -z "$GONGPEI_TOKEN" ] && [ -s "$dir/gongpei-token" ]; then GONGPEI_TOKEN="$(cat "$dir/gongpei-token")"; fi
      echo "ok - README.md example at line $line ($((SECONDS - started)) s)"
      count=$((count + 1))
    else
      echo "SMOKE FAIL: README.md example at line $line:" >&2
      cat "$block" >&2
      echo "--- its output:" >&2
      tail -c 3000 "$block.log" >&2
      fail "README.md example at line $line"
    fi
  done
  [ "$count" -gt 0 ] || fail "no curl example found in README.md"
}

county_json='{"code":"S001","name":"冒烟测试县","province":"河北省","provincialCapital":"石家庄市",
 "centre":{"name":"中心","lat":36.285,"lon":115.148},
 "townships":[{"code":"130425100","name":"大名镇","lat":36.285,"lon":115.148}],"hubs":[],
 "villages":[{"code":"130425100001","name":"北关","townshipCode":"130425100","lat":36.29,"lon":115.15,
              "population":900,"poor":false,"station":true}],"boundary":[]}'

echo "# 1. embedded PostgreSQL"
start_service GONGPEI_EMBEDDED_POSTGRES_DATA_DIR="$WORK/pgdata"
expect "health is UP" json_has "$BASE/q/health" '"status": *"UP"'
expect "the API refuses a call without login" test "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/counties")" = 401
expect "the one-time password is in a file only the service's user reads" \
  test "$(stat -c %a "$WORK/data/initial-admin-password")" = 600
expect "the one-time password is in the log" grep -q "one-time password $(cat "$WORK/data/initial-admin-password")" \
  "$WORK/service.log"
expect "the UI is served" json_has "$BASE/" 'leaflet.js'
expect "Leaflet is served locally" curl -fs -o /dev/null "$BASE/webjars/leaflet/1.9.4/dist/leaflet.js"
# The README's first example logs in with the one-time password as a user does and leaves the token in
# gongpei-token; the later examples and this script send it.
run_readme_examples
[ -n "$GONGPEI_TOKEN" ] || fail "the README's login example left no token"
expect "the demo county is listed" json_has "$BASE/api/v1/counties" '"code":"130425"'
expect "a county imports" api -o /dev/null -H 'Content-Type: application/json' -d "$county_json" "$BASE/api/v1/counties"

echo "# 2. restart keeps the data"
stop_service
start_service GONGPEI_EMBEDDED_POSTGRES_DATA_DIR="$WORK/pgdata"
expect "the imported county survived the restart" json_has "$BASE/api/v1/counties" '"code":"S001"'
expect "the demo county was not loaded twice" test "$(api "$BASE/api/v1/counties" | grep -o '"code":"130425"' | wc -l)" -eq 1
expect "the token and the password survived the restart" test ! -e "$WORK/data/initial-admin-password"

echo "# 2b. kill -9 leaves the embedded PostgreSQL running; the next start stops it and goes on"
kill -9 "$PID"; wait "$PID" 2>/dev/null || true; PID=""
expect "the killed service's PostgreSQL is still running" test -f "$WORK/pgdata/postmaster.pid"
started=$(date +%s)
start_service GONGPEI_EMBEDDED_POSTGRES_DATA_DIR="$WORK/pgdata"
expect "the next start stopped the orphaned server" grep -q "left by a gongpei that did not stop cleanly" "$WORK/service.log"
expect "the next start was ready in under 60 s" test $(( $(date +%s) - started )) -lt 60
expect "the data survived the kill" json_has "$BASE/api/v1/counties" '"code":"S001"'
stop_service

echo "# 3. external PostgreSQL"
if ! command -v pg_ctlcluster > /dev/null; then
  fail "pg_ctlcluster is missing: apt-get install postgresql"
fi
pg_ctlcluster 15 main start 2>/dev/null || pg_ctlcluster 15 main status > /dev/null || fail "cannot start the system PostgreSQL"
DB="gongpei_smoke_$$"
su postgres -c "psql -q -c \"create role $DB login password '$DB'\"" > /dev/null
su postgres -c "psql -q -c \"create database $DB owner $DB\"" > /dev/null
cleanup_db() { su postgres -c "psql -q -c 'drop database if exists $DB' -c 'drop role if exists $DB'" > /dev/null 2>&1 || true; }
trap 'stop_service; cleanup_db; rm -rf "$WORK"' EXIT
GONGPEI_TOKEN="" # a new database: the embedded one's token is unknown there
start_service QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_DATASOURCE_USERNAME="$DB" QUARKUS_DATASOURCE_PASSWORD="$DB" \
  GONGPEI_EMBEDDED_POSTGRES_DATA_DIR="$WORK/must-not-exist"
expect "health is UP on the external server" json_has "$BASE/q/health" '"status": *"UP"'
first_login
expect "the demo county is listed from the external server" json_has "$BASE/api/v1/counties" '"code":"130425"'
expect "the schema lives in the external database" test "$(su postgres -c "psql -tA -d $DB -c 'select count(*) from village'")" -ge 668
expect "no embedded server was started" test ! -e "$WORK/must-not-exist"
stop_service
echo "smoke test passed"
