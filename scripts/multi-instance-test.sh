#!/usr/bin/env bash
# Several instances of the packaged service on one external PostgreSQL (Debian's system server):
#  1. three instances (different ports and gongpei.jobs.instance-name) and 30 (PLANS) short daily plans of a small county:
#     every plan DONE, each solved exactly once (one "Plan N done" line in all the logs together), spread over
#     the three instances;
#  2. progress (server-sent events) and a stop asked at an instance that does not solve the plan;
#  3. kill -9 of an instance mid-solve: its plan is found dead by its missing heartbeat and re-run by another
#     instance (the default, gongpei.jobs.dead-job-reruns=1), the plans of the others end as they would;
#  4. a fresh start of the killed instance leaves a running solve of another instance untouched;
#  5. graceful shutdown (SIGTERM): a solving plan is stored DONE (stopped early), a solving calendar is handed
#     back to the queue and finished by another instance, both within gongpei.jobs.shutdown-wait (a step that
#     cannot be stopped, e.g. opening a road network, is interrupted then and waited for once more), as logged.
# Heartbeats are shortened here (2 s, 5 missed = dead after 10 s) to keep the run short; the defaults are in
# the README. Writes a result table to scripts/results/multi-instance.md unless RESULT= is set empty.
# KEEP_LOGS=DIR keeps the instances' logs there.
# Needs a packaged service (./mvnw package), curl, python3 and Debian's postgresql (pg_ctlcluster 15).
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="$PWD/service/target/quarkus-app/quarkus-run.jar"
WORK="$(mktemp -d /tmp/gongpei-multi.XXXXXX)"
RESULT="${RESULT-scripts/results/multi-instance.md}"
DB="gongpei_multi_$$"
COUNTY=M130425
DATE=2025-06-16
NAMES=(alpha beta gamma)
PORTS=(18181 18182 18183)
PIDS=("" "" "")
REPORT=()
PLANS="${PLANS:-30}"
HEARTBEAT_S=2
MISSED=5

fail() {
  echo "MULTI-INSTANCE FAIL: $*" >&2
  for name in "${NAMES[@]}"; do
    [ -f "$WORK/$name/service.log" ] && { echo "--- $name" >&2; tail -15 "$WORK/$name/service.log" >&2; }
  done
  exit 1
}
expect() { local what="$1"; shift; if "$@"; then echo "ok - $what"; REPORT+=("| $what | ok |"); else fail "$what"; fi; }
note() { echo "   $*"; REPORT+=("| $1 | $2 |"); }

# Every request of this script goes through api(): instance index, path, curl options.
# With a token once the first instance's admin has logged in (admin_token).
TOKEN=""
api() {
  local i="$1" path="$2"; shift 2
  if [ -n "$TOKEN" ]; then set -- -H "Authorization: Bearer $TOKEN" "$@"; fi
  curl -s "$@" "http://127.0.0.1:${PORTS[$i]}$path"
}
# As on a first start: the one-time password of admin from the first instance's data directory, a password of
# one's own, then a personal token that every instance accepts (the accounts are in the shared database).
admin_token() {
  local file="$WORK/alpha/data/initial-admin-password" jar="$WORK/session.txt" base="http://127.0.0.1:${PORTS[0]}"
  local password new="multi-$(date +%s%N)"
  [ -f "$file" ] || fail "no one-time password in $file"
  password="$(cat "$file")"
  curl -fs -o /dev/null -c "$jar" --data-urlencode j_username=admin --data-urlencode "j_password=$password" \
    "$base/j_security_check" || fail "login with the one-time password"
  curl -fs -o /dev/null -b "$jar" -H "Origin: $base" -H 'Content-Type: application/json' \
    -d '{"currentPassword":"'"$password"'","newPassword":"'"$new"'"}' "$base/api/v1/me/password" \
    || fail "changing the one-time password"
  TOKEN="$(curl -fs -b "$jar" -H "Origin: $base" -H 'Content-Type: application/json' -d '{"name":"multi"}' \
    "$base/api/v1/me/tokens" | json 'd["token"]')" || fail "creating a token"
}
sql() { su postgres -c "psql -tA -d $DB -c \"$1\""; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

cleanup() {
  local i
  for i in 0 1 2; do
    if [ -n "${PIDS[$i]}" ] && kill -0 "${PIDS[$i]}" 2>/dev/null; then kill -9 "${PIDS[$i]}"; fi
  done
  su postgres -c "psql -q -c 'drop database if exists $DB' -c 'drop role if exists $DB'" > /dev/null 2>&1 || true
  if [ -n "${KEEP_LOGS:-}" ]; then mkdir -p "$KEEP_LOGS" && for name in "${NAMES[@]}"; do
    cp "$WORK/$name/service.log" "$KEEP_LOGS/$name.log" 2>/dev/null || true; done; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw package first"
command -v pg_ctlcluster > /dev/null || fail "pg_ctlcluster is missing: apt-get install postgresql"
pg_ctlcluster 15 main start 2>/dev/null || pg_ctlcluster 15 main status > /dev/null || fail "cannot start PostgreSQL"
su postgres -c "psql -q -c \"create role $DB login password '$DB'\"" > /dev/null
su postgres -c "psql -q -c \"create database $DB owner $DB\"" > /dev/null

start() { # instance index; waits until it is ready
  local i="$1" name="${NAMES[$1]}"
  mkdir -p "$WORK/$name"
  if api "$i" /q/health -o /dev/null; then fail "port ${PORTS[$i]} is already in use"; fi
  (cd "$WORK/$name" && exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
      QUARKUS_DATASOURCE_USERNAME="$DB" QUARKUS_DATASOURCE_PASSWORD="$DB" \
      "$JAVA" -Xmx768m -Dquarkus.http.port="${PORTS[$i]}" -Dgongpei.jobs.instance-name="$name" \
      -Dgongpei.jobs.threads=1 -Dgongpei.jobs.max-queued=40 -Dgongpei.jobs.polling-interval=1s \
      -Dgongpei.jobs.heartbeat-interval=${HEARTBEAT_S}s -Dgongpei.jobs.missed-heartbeats-limit=$MISSED \
      -Dgongpei.jobs.shutdown-wait=20s \
      "-Dgongpei.roads.file.\"$COUNTY\"=classpath:/org/gongpei/datasets/daming/roads.osm.gz" \
      -jar "$JAR" >> "$WORK/$name/service.log" 2>&1) &
  PIDS[$i]=$!
  for _ in $(seq 1 180); do
    if api "$i" /q/health/ready -f -o /dev/null; then return 0; fi
    kill -0 "${PIDS[$i]}" 2>/dev/null || fail "$name exited during startup"
    sleep 1
  done
  fail "$name did not become ready in 180 s"
}

plan() { # instance index, time limit (s); prints the plan id
  api "$1" "/api/v1/counties/$COUNTY/plans" -f -H 'Content-Type: application/json' \
    -d "{\"date\":\"$DATE\",\"timeLimitSeconds\":$2}" | json 'd["id"]'
}
status() { api "$1" "$2" -f | json 'd["status"]'; }
picked_by() { sql "select picked_by from scheduled_tasks where task_instance = '$1' and picked"; }
await_picked() { # task instance (plan-12, calendar-3); waits until it solves, prints the instance solving it
  local table=daily_plan by
  [ "${1%%-*}" = calendar ] && table=calendar_job
  for _ in $(seq 1 240); do
    by="$(picked_by "$1")"
    if [ -n "$by" ] && [ "$(sql "select status from $table where id = ${1#*-}")" = SOLVING ]; then
      echo "$by"; return 0
    fi
    sleep 0.5
  done
  return 1
}
await_end() { # instance index, path; prints the final status
  local s
  for _ in $(seq 1 600); do
    s="$(status "$1" "$2")"
    case "$s" in QUEUED|SOLVING) sleep 0.5 ;; *) echo "$s"; return 0 ;; esac
  done
  echo "$s"
}
index_of() { local i; for i in 0 1 2; do if [ "${NAMES[$i]}" = "$1" ]; then echo "$i"; fi; done; }
done_lines() { cat "$WORK"/*/service.log | grep -c "Plan $1 done" || true; }

echo "# starting three instances on one PostgreSQL"
start 0
admin_token
python3 - "$COUNTY" datasets/src/main/resources/org/gongpei/datasets/daming/county.json > "$WORK/county.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[2], encoding="utf-8"))
villages = d["villages"][::40]
hubs = [h for h in d["hubs"] if h["designated"]][:2]
codes = {v["townshipCode"] for v in villages} | {h["townshipCode"] for h in hubs}
d.update(code=sys.argv[1], name="多实例测试县", villages=villages, hubs=hubs,
         townships=[t for t in d["townships"] if t["code"] in codes])
print(json.dumps(d, ensure_ascii=False))
PY
api 0 /api/v1/counties -f -o /dev/null -H 'Content-Type: application/json' --data @"$WORK/county.json" \
  || fail "the test county does not import"
start 1
start 2
expect "three instances are ready" test "$(for i in 0 1 2; do api "$i" /q/health/ready -f -o /dev/null && echo up; done | wc -l)" -eq 3

echo "# 1. $PLANS plans, each solved exactly once, spread over the instances"
started=$SECONDS
ids=()
for n in $(seq 1 "$PLANS"); do ids+=("$(plan $((n % 3)) 1)"); done
for id in "${ids[@]}"; do
  s="$(await_end $((id % 3)) "/api/v1/plans/$id")"
  [ "$s" = DONE ] || fail "plan $id ended $s"
done
elapsed=$((SECONDS - started))
expect "all $PLANS plans DONE" test "$(sql "select count(*) from daily_plan where id in ($(IFS=,; echo "${ids[*]}")) and status = 'DONE'")" -eq "$PLANS"
once=0
for id in "${ids[@]}"; do [ "$(done_lines "$id")" -eq 1 ] && once=$((once + 1)); done
expect "each of the $PLANS plans solved exactly once (one 'Plan N done' in all logs)" test "$once" -eq "$PLANS"
spread=""
for name in "${NAMES[@]}"; do
  c=0
  for id in "${ids[@]}"; do grep -q "Plan $id done" "$WORK/$name/service.log" && c=$((c + 1)); done
  spread="$spread $name=$c"
  [ "$c" -ge 1 ] || fail "$name solved none of the $PLANS plans"
done
expect "every instance solved some of them" true
note "plans solved per instance" "${spread# }"
note "$PLANS plans of 1 s, 1 solver thread per instance, wall time" "${elapsed} s"

echo "# 2. progress and stop from an instance that does not solve the plan"
id="$(plan 0 60)"
by="$(await_picked "plan-$id")" || fail "plan $id was never picked"
solver="$(index_of "$by")"; other=$(( (solver + 1) % 3 ))
sleep 4
api "$other" "/api/v1/plans/$id/events" -N --max-time 8 > "$WORK/events.txt" || true
events="$(grep -c '"status":"SOLVING"' "$WORK/events.txt" || true)"
fractions="$( (grep -o '"fractionDone":[0-9.]*' "$WORK/events.txt" || true) | sort -u | wc -l)"
expect "SSE at ${NAMES[$other]} of a plan ${NAMES[$solver]} solves: SOLVING events with changing progress" \
  test "$events" -ge 2 -a "$fractions" -ge 2
t0=$SECONDS
code="$(api "$other" "/api/v1/plans/$id/stop" -o /dev/null -w '%{http_code}' -X POST)"
expect "stop asked at ${NAMES[$other]} answers 202" test "$code" = 202
s="$(await_end "$other" "/api/v1/plans/$id")"
stopped="$(api "$other" "/api/v1/plans/$id" | json 'd["stoppedEarly"]')"
expect "the plan ends DONE, stopped early, at ${NAMES[$solver]}" test "$s" = DONE -a "$stopped" = True
note "stop asked at another instance to plan DONE" "$((SECONDS - t0)) s"

echo "# 3. kill -9 of an instance mid-solve"
a="$(plan 0 300)"
victim_name="$(await_picked "plan-$a")" || fail "plan $a was never picked"
victim="$(index_of "$victim_name")"
others=()
for n in 1 2; do
  id="$(plan "$n" 300)"; others+=("$id")
  await_picked "plan-$id" > /dev/null || fail "plan $id was never picked"
done
sleep 2
kill -9 "${PIDS[$victim]}"; wait "${PIDS[$victim]}" 2>/dev/null || true; PIDS[$victim]=""
killed_at=$SECONDS
echo "   killed $victim_name while it solved plan $a"
alive=$(( (victim + 1) % 3 ))
for _ in $(seq 1 240); do
  [ "$(sql "select status from daily_plan where id = $a")" = QUEUED ] && break
  sleep 0.5
done
[ "$(sql "select status from daily_plan where id = $a")" = QUEUED ] || fail "plan $a was not found dead"
note "kill -9 to the dead plan queued again (heartbeat ${HEARTBEAT_S} s, ${MISSED} missed)" "$((SECONDS - killed_at)) s"
expect "its re-run was logged" grep -q "Plan $a queued again" "$WORK"/*/service.log
for id in "${others[@]}"; do
  s="$(status "$alive" "/api/v1/plans/$id")"
  [ "$s" = SOLVING ] || fail "plan $id of a living instance is $s"
  api "$alive" "/api/v1/plans/$id/stop" -f -o /dev/null -X POST
done
for id in "${others[@]}"; do
  s="$(await_end "$alive" "/api/v1/plans/$id")"
  [ "$s" = DONE ] || fail "plan $id of a living instance ended $s"
  [ "$(sql "select reruns from daily_plan where id = $id")" = 0 ] || fail "plan $id was re-run"
done
expect "the plans of the other instances solve on, untouched (stopped, DONE, not re-run)" true
rerun_by="$(await_picked "plan-$a")" || fail "plan $a does not solve again"
[ "$rerun_by" != "$victim_name" ] || fail "plan $a solves at the killed instance"
api "$alive" "/api/v1/plans/$a/stop" -f -o /dev/null -X POST
s="$(await_end "$alive" "/api/v1/plans/$a")"
expect "the killed instance's plan is re-run by $rerun_by and DONE (reruns = 1)" \
  test "$s" = DONE -a "$(sql "select reruns from daily_plan where id = $a")" = 1

echo "# 4. a fresh start of an instance leaves a running solve of another untouched"
id="$(plan "$alive" 300)"
by="$(await_picked "plan-$id")" || fail "plan $id was never picked"
start "$victim"
after="$(picked_by "plan-$id")"
s="$(status "$victim" "/api/v1/plans/$id")"
expect "plan $id still SOLVING at $by after $victim_name started" test "$after" = "$by" -a "$s" = SOLVING
api "$victim" "/api/v1/plans/$id/stop" -f -o /dev/null -X POST
s="$(await_end "$victim" "/api/v1/plans/$id")"
expect "and it ends DONE, never re-run" test "$s" = DONE -a "$(sql "select reruns from daily_plan where id = $id")" = 0

echo "# 5. graceful shutdown: a plan is finished early, a calendar handed back"
id="$(plan 0 120)"
by="$(await_picked "plan-$id")"; target="$(index_of "$by")"
sleep 3
t0=$SECONDS
kill -TERM "${PIDS[$target]}"; wait "${PIDS[$target]}" 2>/dev/null || true; PIDS[$target]=""
took=$((SECONDS - t0))
survivor=$(( (target + 1) % 3 ))
s="$(status "$survivor" "/api/v1/plans/$id")"
expect "SIGTERM to $by: its solving plan is stored DONE, the instance gone in ${took} s (at most 2 × the 20 s wait)" \
  test "$s" = DONE -a "$took" -le 45
expect "$by logged its shutdown" grep -q "stopping: takes no new job; 1 running job" "$WORK/$by/service.log"
start "$target"
cal="$(api "$survivor" "/api/v1/counties/$COUNTY/calendars" -f -H 'Content-Type: application/json' \
  -d '{"serviceDays":["MON","TUE","WED","THU","FRI","SAT"],"dayTimeLimitSeconds":5}' | json 'd["id"]')"
by="$(await_picked "calendar-$cal")"; target="$(index_of "$by")"
sleep 4
t0=$SECONDS
kill -TERM "${PIDS[$target]}"; wait "${PIDS[$target]}" 2>/dev/null || true; PIDS[$target]=""
took=$((SECONDS - t0))
expect "SIGTERM to $by: the solving calendar is handed back, the instance gone in ${took} s" \
  grep -q "Calendar $cal handed back to the queue" "$WORK/$by/service.log"
survivor=$(( (target + 1) % 3 ))
s="$(await_end "$survivor" "/api/v1/calendars/$cal")"
finisher="$(grep -l "Calendar $cal done" "$WORK"/*/service.log | xargs -n1 dirname | xargs -n1 basename)"
expect "the calendar is finished by $finisher, another instance" test "$s" = DONE -a "$finisher" != "$by"

echo "multi-instance test passed"
if [ -n "$RESULT" ]; then
  mkdir -p "$(dirname "$RESULT")"
  {
    echo "# Several instances on one PostgreSQL"
    echo
    echo "Made by \`scripts/multi-instance-test.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, load average" \
         "$(cut -d' ' -f1-3 /proc/loadavg) at the end; the machine is shared). Three packaged instances (-Xmx768m, one" \
         "solver thread each) on Debian's PostgreSQL 15, a county of 17 villages on Daming's synthetic roads;" \
         "heartbeat every ${HEARTBEAT_S} s, dead after ${MISSED} missed."
    echo
    echo "| check | result |"
    echo "|---|---|"
    printf '%s\n' "${REPORT[@]}"
    echo
    echo "Not measured here: instances on different machines, PostgreSQL restarts (see the README's limits)."
  } > "$RESULT"
  echo "wrote $RESULT"
fi
