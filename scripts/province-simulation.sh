#!/usr/bin/env bash
# A province's morning: COUNTIES generated counties (Daming-like, varied in size) each get one day's plan, solved by
#  - one instance with one solver thread, then
#  - two instances with one solver thread each,
# on one external PostgreSQL (Debian's system server, a fresh database per configuration). Each county is the Daming
# demo network cut to a seeded random set of 5 to 20 of its townships (with their villages, hubs and, when none of
# them is designated, the largest one designated) and its populations scaled by a seeded factor of 0.6 to 1.6, so
# counties differ in villages and parcels; all of them run on the Daming road network (a configured file per county
# code), so the road graph is opened once per instance and every county's travel matrices are computed anew.
# Before the timed part the road graph is imported once into a graph directory all instances share, by a plan of a
# warm-up county that is not counted.
# Measured per configuration: the wall time from the first plan request to the last plan's end, counties planned
# per hour, each plan's solve time (started → finished), each instance's peak RSS (VmHWM), the database connections
# (pg_stat_activity of the database, sampled every 2 s), the load average, and the database's work per county
# (commits, rows written, size growth). Writes benchmarks/province.md unless RESULT= is set empty.
# COUNTIES (default 50), TIME_LIMIT (seconds per plan, default 10), CONFIGS (default "1 2": instances per run).
# Needs a packaged service (./mvnw package), curl, python3 and Debian's postgresql (pg_ctlcluster 15).
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="$PWD/service/target/quarkus-app/quarkus-run.jar"
DAMING=datasets/src/main/resources/org/gongpei/datasets/daming/county.json
ROADS="classpath:/org/gongpei/datasets/daming/roads.osm.gz"
WORK="$(mktemp -d /tmp/gongpei-province.XXXXXX)"
RESULT="${RESULT-benchmarks/province.md}"
COUNTIES="${COUNTIES:-50}"
TIME_LIMIT="${TIME_LIMIT:-10}"
CONFIGS="${CONFIGS:-1 2}"
HEAP="${HEAP:-768m}"
DATE=2025-06-16
PORTS=(18281 18282)
PIDS=()
DB=""
ROWS=()
DETAILS=()

fail() {
  echo "PROVINCE FAIL: $*" >&2
  for log in "$WORK"/*/service.log; do [ -f "$log" ] && { echo "--- $log" >&2; tail -15 "$log" >&2; }; done
  exit 1
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
sql() { su postgres -c "psql -tA -d $DB -c \"$1\""; }
TOKEN=""
api() { # instance index, path, curl options
  local i="$1" path="$2"; shift 2
  if [ -n "$TOKEN" ]; then set -- -H "Authorization: Bearer $TOKEN" "$@"; fi
  curl -s "$@" "http://127.0.0.1:${PORTS[$i]}$path"
}
stop_all() {
  local pid
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  done
  PIDS=()
}
drop_db() {
  [ -n "$DB" ] && su postgres -c "psql -q -c 'drop database if exists $DB' -c 'drop role if exists $DB'" \
    > /dev/null 2>&1 || true
}
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true
  drop_db
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw package first"
command -v pg_ctlcluster > /dev/null || fail "pg_ctlcluster is missing: apt-get install postgresql"
pg_ctlcluster 15 main start 2>/dev/null || pg_ctlcluster 15 main status > /dev/null || fail "cannot start PostgreSQL"
max_connections="$(su postgres -c "psql -tA -c 'show max_connections'")"

# The counties: PV000 (warm-up) and PV001..PV<COUNTIES>, each a JSON document for POST /api/v1/counties.
mkdir -p "$WORK/counties"
python3 - "$DAMING" "$WORK/counties" "$COUNTIES" <<'PY'
import json, random, sys
daming = json.load(open(sys.argv[1], encoding="utf-8"))
for k in range(0, int(sys.argv[3]) + 1):
    rng = random.Random(k)
    code = f"PV{k:03d}"
    townships = rng.sample(daming["townships"], rng.randint(5, 20))
    keep = {t["code"] for t in townships}
    factor = rng.uniform(0.6, 1.6)
    villages = [dict(v, population=max(1, round(v["population"] * factor)))
                for v in daming["villages"] if v["townshipCode"] in keep]
    hubs = [dict(h) for h in daming["hubs"] if h["townshipCode"] in keep]
    if not any(h["designated"] for h in hubs):
        sizes = {t: sum(v["population"] for v in villages if v["townshipCode"] == t) for t in keep}
        largest = max(hubs, key=lambda h: sizes[h["townshipCode"]])
        largest.update(designated=True, coldStorage=True, capacityParcelsPerDay=8000)
    county = dict(daming, code=code, name=f"模拟县{k:03d}", townships=townships, hubs=hubs, villages=villages,
                  note=f"Generated for the province simulation from the Daming demo county: {len(townships)} of its "
                       f"townships, populations × {factor:.2f}.")
    json.dump(county, open(f"{sys.argv[2]}/{code}.json", "w", encoding="utf-8"), ensure_ascii=False)
PY
ROAD_FLAGS=()
for k in $(seq 0 "$COUNTIES"); do ROAD_FLAGS+=("-Dgongpei.roads.file.\"$(printf 'PV%03d' "$k")\"=$ROADS"); done

start() { # instance index, instance name
  local i="$1" name="$2"
  mkdir -p "$WORK/$name"
  if api "$i" /q/health -o /dev/null; then fail "port ${PORTS[$i]} is already in use"; fi
  (cd "$WORK/$name" && exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
      QUARKUS_DATASOURCE_USERNAME="$DB" QUARKUS_DATASOURCE_PASSWORD="$DB" \
      "$JAVA" -Xmx"$HEAP" -Dquarkus.http.port="${PORTS[$i]}" -Dgongpei.jobs.instance-name="$name" \
      -Dgongpei.jobs.threads=1 -Dgongpei.jobs.max-queued=$((COUNTIES + 1)) -Dgongpei.demo.load-on-empty=false \
      -Dgongpei.roads.graph-dir="$WORK/graphs" "${ROAD_FLAGS[@]}" \
      -jar "$JAR" >> "$WORK/$name/service.log" 2>&1) &
  PIDS[$i]=$!
  for _ in $(seq 1 180); do
    if api "$i" /q/health/ready -f -o /dev/null; then return 0; fi
    kill -0 "${PIDS[$i]}" 2>/dev/null || fail "$name exited during startup"
    sleep 1
  done
  fail "$name did not become ready in 180 s"
}
admin_token() { # as on a first start: the one-time password of the first instance, a password of one's own, a token
  local file="$WORK/$1/data/initial-admin-password" jar="$WORK/session.txt" base="http://127.0.0.1:${PORTS[0]}"
  local password new="province-$(date +%s%N)"
  TOKEN=""
  [ -f "$file" ] || fail "no one-time password in $file"
  password="$(cat "$file")"
  curl -fs -o /dev/null -c "$jar" --data-urlencode j_username=admin --data-urlencode "j_password=$password" \
    "$base/j_security_check" || fail "login with the one-time password"
  curl -fs -o /dev/null -b "$jar" -H "Origin: $base" -H 'Content-Type: application/json' \
    -d '{"currentPassword":"'"$password"'","newPassword":"'"$new"'"}' "$base/api/v1/me/password" \
    || fail "changing the one-time password"
  TOKEN="$(curl -fs -b "$jar" -H "Origin: $base" -H 'Content-Type: application/json' -d '{"name":"province"}' \
    "$base/api/v1/me/tokens" | json 'd["token"]')" || fail "creating a token"
}
import_county() { # code
  api 0 /api/v1/counties -f -o /dev/null -H 'Content-Type: application/json' --data @"$WORK/counties/$1.json" \
    || fail "county $1 does not import"
}
plan() { # instance index, county code; prints the plan id
  api "$1" "/api/v1/counties/$2/plans" -f -H 'Content-Type: application/json' \
    -d "{\"date\":\"$DATE\",\"timeLimitSeconds\":$TIME_LIMIT}" | json 'd["id"]'
}
await_all() { # waits until no plan is queued or solving (at most 4 h)
  for _ in $(seq 1 7200); do
    [ "$(sql "select count(*) from daily_plan where status in ('QUEUED', 'SOLVING')")" = 0 ] && return 0
    sleep 2
  done
  fail "plans still running after 4 h"
}
sample() { # every 2 s while the run lasts: database connections of the run's database, 1-min load average
  while :; do
    echo "$(su postgres -c "psql -tA -c \"select count(*) from pg_stat_activity where datname = '$DB' and application_name <> 'psql'\"") $(cut -d' ' -f1 /proc/loadavg)"
    sleep 2
  done
}
db_counters() {
  sql "select xact_commit, tup_inserted + tup_updated + tup_deleted, pg_database_size('$DB') from pg_stat_database where datname = '$DB'"
}

for n in $CONFIGS; do
  DB="gongpei_province_$$_$n"
  su postgres -c "psql -q -c \"create role $DB login password '$DB'\"" > /dev/null
  su postgres -c "psql -q -c \"create database $DB owner $DB\"" > /dev/null
  TOKEN=""
  names=(); for i in $(seq 0 $((n - 1))); do names+=("i$n-$i"); done
  echo "# $n instance(s), one solver thread each, $COUNTIES counties, $TIME_LIMIT s per plan"
  for i in $(seq 0 $((n - 1))); do start "$i" "${names[$i]}"; done
  admin_token "${names[0]}"
  import_county PV000
  warm="$(plan 0 PV000)"
  await_all
  [ "$(sql "select status from daily_plan where id = $warm")" = DONE ] || fail "the warm-up plan did not end DONE"
  sql "delete from daily_plan where id = $warm" > /dev/null
  for k in $(seq 1 "$COUNTIES"); do import_county "$(printf 'PV%03d' "$k")"; done
  villages="$(sql "select count(*) from village v join county c on c.id = v.county_id where c.code <> 'PV000'")"
  read -r commits0 rows0 size0 <<< "$(db_counters | tr '|' ' ')"
  load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
  sample > "$WORK/samples-$n" &
  SAMPLER=$!
  started=$(date +%s.%N)
  ids=()
  for k in $(seq 1 "$COUNTIES"); do ids+=("$(plan $(( (k - 1) % n )) "$(printf 'PV%03d' "$k")")"); done
  await_all
  wall="$(python3 -c "print(f'{$(date +%s.%N) - $started:.0f}')")"
  kill "$SAMPLER"; wait "$SAMPLER" 2>/dev/null || true; SAMPLER=""
  load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
  read -r commits1 rows1 size1 <<< "$(db_counters | tr '|' ' ')"
  rss=()
  for i in $(seq 0 $((n - 1))); do
    rss+=("$(( $(awk '/^VmHWM/ {print $2}' "/proc/${PIDS[$i]}/status") / 1024 ))")
  done
  done_count="$(sql "select count(*) from daily_plan where status = 'DONE'")"
  by_instance="$(for name in "${names[@]}"; do echo "$name $(grep -cE "Plan ($(IFS='|'; echo "${ids[*]}")) done" "$WORK/$name/service.log" || true)"; done)"
  solve="$(sql "select extract(epoch from finished_at - started_at) from daily_plan where status = 'DONE'")"
  parcels="$(sql "select coalesce(sum(parcels_delivered), 0) from daily_plan where status = 'DONE'")"
  stop_all
  [ "$done_count" = "$COUNTIES" ] || fail "$done_count of $COUNTIES plans ended DONE"
  ROWS+=("$(python3 - "$n" "$COUNTIES" "$villages" "$TIME_LIMIT" "$wall" "${rss[*]}" "$WORK/samples-$n" \
      "$load_start" "$load_end" "$commits0 $rows0 $size0 $commits1 $rows1 $size1" "$solve" <<'PY'
import statistics, sys
n, counties, villages, limit, wall = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], float(sys.argv[5])
rss = sys.argv[6].split()
samples = [line.split() for line in open(sys.argv[7]) if len(line.split()) == 2]
connections = [int(s[0]) for s in samples]
loads = [float(s[1]) for s in samples]
c0, r0, s0, c1, r1, s1 = (int(x) for x in sys.argv[10].split())
solve = [float(x) for x in sys.argv[11].split()]
print(f"| {n} × 1 | {counties} | {villages:,} | {limit} | {wall:,.0f} | {counties / wall * 3600:.1f} | "
      f"{statistics.median(solve):.1f} ({min(solve):.1f}–{max(solve):.1f}) | {' / '.join(rss)} | "
      f"{statistics.median(connections):.0f} / {max(connections)} | {sys.argv[8].split()[0]} / {max(loads):.2f} / "
      f"{sys.argv[9].split()[0]} | {(c1 - c0) / counties:.0f} | {(r1 - r0) / counties:,.0f} | "
      f"{(s1 - s0) / counties / 1024 / 1024:.2f} |")
PY
)")
  DETAILS+=("$n instance(s): $parcels parcels delivered by the $COUNTIES plans; plans ended DONE per instance: $(echo "$by_instance" | tr '\n' ';' | sed 's/;$//; s/;/, /g')")
  echo "${ROWS[-1]}"
  echo "${DETAILS[-1]}"
  drop_db
  DB=""
done

if [ -n "$RESULT" ]; then
  {
    echo "# Province simulation: daily plans of many counties by one and by two instances"
    echo
    echo "Made by \`COUNTIES=$COUNTIES TIME_LIMIT=$TIME_LIMIT scripts/province-simulation.sh\` on $(date -u +%Y-%m-%d) at" \
         "commit $(git rev-parse --short HEAD): the packaged service (\`-Xmx$HEAP\`, \`gongpei.jobs.threads=1\`) on" \
         "PostgreSQL $(su postgres -c "psql -tA -c 'show server_version'" | cut -d' ' -f1) (Debian's server, default" \
         "settings, \`max_connections\` $max_connections) on the same machine: $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}')" \
         "GB, shared with other work. Every plan request went to the instances in turn; each instance took the next" \
         "queued plan of any county when its solve ended."
    echo
    echo "| instances × solver threads | counties | villages | limit s | wall s | counties / hour |" \
         "solve s per plan, median (range) | peak RSS MiB per instance | DB connections, median / max |" \
         "load average 1 min, start / max / end | commits per county | rows written per county | DB growth MiB per county |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|---|---|---:|---:|---:|"
    printf '%s\n' "${ROWS[@]}"
    echo
    printf -- '- %s\n' "${DETAILS[@]}"
  } > "$RESULT"
  echo "wrote $RESULT"
fi
