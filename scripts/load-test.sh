#!/usr/bin/env bash
# Load test of the packaged service's read endpoints with wrk (Debian's wrk), on loopback, bounded in time:
# the county list, a county summary, a plan's status and a plan's full result (the Daming demo county, one plan
# solved first), each at 1, 8 and 32 concurrent connections, REPEATS runs of DURATION each; then plan requests
# beyond capacity: every one answered 202 or 429 with Retry-After, and every accepted plan ends DONE.
# Writes benchmarks/load.md unless RESULT= is set empty. Needs a packaged service, wrk, curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="$PWD/service/target/quarkus-app/quarkus-run.jar"
PORT="${LOAD_PORT:-18195}"
DURATION="${DURATION:-5s}"
REPEATS="${REPEATS:-3}"
RESULT="${RESULT-benchmarks/load.md}"
WORK="$(mktemp -d /tmp/gongpei-load.XXXXXX)"
BASE="http://127.0.0.1:$PORT"
# Headers every request carries (the admin's token once logged in): one place for curl and wrk.
HEADERS=()
PID=""

fail() { echo "LOAD FAIL: $*" >&2; [ -f "$WORK/service.log" ] && tail -20 "$WORK/service.log" >&2; exit 1; }
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Every curl request of this script goes through api(): path, curl options.
api() { local path="$1"; shift; curl -s "${HEADERS[@]/#/-H}" "$@" "$BASE$path"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

command -v wrk > /dev/null || fail "wrk is missing: apt-get install wrk"
[ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw package first"
(cd "$WORK" && exec "$JAVA" -Xmx768m -Dquarkus.http.port="$PORT" -jar "$JAR" > "$WORK/service.log" 2>&1) &
PID=$!
for _ in $(seq 1 180); do
  api /q/health/ready -f -o /dev/null && break
  kill -0 "$PID" 2>/dev/null || fail "the service exited during startup"
  sleep 1
done
api /q/health/ready -f -o /dev/null || fail "the service did not become ready"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
threads="$(api /q/health/ready -f | json '[c for c in d["checks"] if c["name"] == "jobs"][0]["data"]["threads"]')"

# As a user does on a first start (see scripts/smoke-test.sh): the one-time password, a password of one's own,
# then a personal token that every request of the test carries.
password="$(cat "$WORK/data/initial-admin-password")" || fail "no one-time password in $WORK/data"
curl -fs -o /dev/null -c "$WORK/session.txt" --data-urlencode j_username=admin --data-urlencode "j_password=$password" \
  "$BASE/j_security_check" || fail "login with the one-time password"
new_password="load-$(date +%s%N)"
curl -fs -o /dev/null -b "$WORK/session.txt" -H "Origin: $BASE" -H 'Content-Type: application/json' \
  -d '{"currentPassword":"'"$password"'","newPassword":"'"$new_password"'"}' "$BASE/api/v1/me/password" \
  || fail "changing the one-time password"
token="$(curl -fs -b "$WORK/session.txt" -H "Origin: $BASE" -H 'Content-Type: application/json' -d '{"name":"load"}' \
  "$BASE/api/v1/me/tokens" | json 'd["token"]')" || fail "creating a token"
HEADERS=("Authorization: Bearer $token")

plan="$(api /api/v1/counties/130425/plans -f -H 'Content-Type: application/json' \
  -d '{"date":"2025-06-16","timeLimitSeconds":5}' | json 'd["id"]')"
for _ in $(seq 1 300); do
  s="$(api "/api/v1/plans/$plan" -f | json 'd["status"]')"
  case "$s" in QUEUED|SOLVING) sleep 1 ;; *) break ;; esac
done
[ "$s" = DONE ] || fail "plan $plan ended $s"
result_kib=$(( $(api "/api/v1/plans/$plan/result" -f | wc -c) / 1024 ))

declare -A PATHS=(
  [county-list]=/api/v1/counties
  [county-summary]=/api/v1/counties/130425/summary
  [plan-status]=/api/v1/plans/$plan
  [plan-result]=/api/v1/plans/$plan/result
)
wrk_headers=()
for h in "${HEADERS[@]}"; do wrk_headers+=(-H "$h"); done
rows=()
for name in county-list county-summary plan-status plan-result; do
  for c in 1 8 32; do
    runs=()
    for r in $(seq 1 "$REPEATS"); do
      out="$(wrk -t $(( c < 2 ? 1 : 2 )) -c "$c" -d "$DURATION" --timeout 10s --latency "${wrk_headers[@]}" "$BASE${PATHS[$name]}")"
      rps="$(sed -n 's/^Requests\/sec: *//p' <<< "$out")"
      p50="$(awk '$1 == "50.000%" || $1 == "50%" {print $2}' <<< "$out")"
      p99="$(awk '$1 == "99.000%" || $1 == "99%" {print $2}' <<< "$out")"
      non2xx="$(sed -n 's/^ *Non-2xx or 3xx responses: *//p' <<< "$out")"
      sockets="$(sed -n 's/^ *Socket errors: *//p' <<< "$out")"
      errors=$(( ${non2xx:-0} + $(grep -o '[0-9]\+' <<< "${sockets:-0}" | awk '{s += $1} END {print s + 0}') ))
      runs+=("$rps $p50 $p99 $errors")
      echo "$name c=$c run $r: $rps req/s, p50 $p50, p99 $p99, errors $errors"
    done
    rows+=("$(python3 - "$name" "$c" "${runs[@]}" <<'PY'
import statistics, sys
name, c, runs = sys.argv[1], sys.argv[2], [r.split() for r in sys.argv[3:]]
def ms(v):
    for unit, f in (("us", 0.001), ("ms", 1), ("s", 1000)):
        if v.endswith(unit) and (unit != "s" or not v.endswith(("us", "ms"))):
            return float(v[:-len(unit)]) * f
rps = [float(r[0]) for r in runs]
p50 = [ms(r[1]) for r in runs]
p99 = [ms(r[2]) for r in runs]
errors = sum(int(r[3]) for r in runs)
print(f"| {name} | {c} | {statistics.median(rps):,.0f} ({min(rps):,.0f}–{max(rps):,.0f}) | "
      f"{statistics.median(p50):.2f} ({min(p50):.2f}–{max(p50):.2f}) | "
      f"{statistics.median(p99):.1f} ({min(p99):.1f}–{max(p99):.1f}) | {errors} |")
PY
)")
    total_errors=$(( ${total_errors:-0} + $(awk '{s += $4} END {print s}' <<< "$(printf '%s\n' "${runs[@]}")") ))
  done
done

echo "# plan requests beyond capacity"
accepted=(); refused=0; retry_after=""; other=0; requests=()
for n in $(seq 1 12); do # at once, as many users would
  api /api/v1/counties/130425/plans -D "$WORK/headers-$n" -o "$WORK/body-$n" -w '%{http_code}' \
    -H 'Content-Type: application/json' -d "{\"date\":\"2025-06-16\",\"timeLimitSeconds\":3,\"demandSeed\":$n}" \
    > "$WORK/code-$n" &
  requests+=($!)
done
wait "${requests[@]}" # the requests only: the service is a child too
for n in $(seq 1 12); do
  case "$(cat "$WORK/code-$n")" in
    202) accepted+=("$(json 'd["id"]' < "$WORK/body-$n")") ;;
    429) refused=$((refused + 1)); retry_after="$(tr -d '\r' < "$WORK/headers-$n" | sed -n 's/^[Rr]etry-[Aa]fter: //p')"
         grep -q 'gongpei.jobs.max-queued' "$WORK/body-$n" || fail "a 429 without its problem document" ;;
    *) other=$((other + 1)) ;;
  esac
done
done_count=0
for id in "${accepted[@]}"; do
  for _ in $(seq 1 600); do
    s="$(api "/api/v1/plans/$id" -f | json 'd["status"]')"
    case "$s" in QUEUED|SOLVING) sleep 1 ;; *) break ;; esac
  done
  [ "$s" = DONE ] && done_count=$((done_count + 1))
done
echo "12 plan requests: ${#accepted[@]} accepted (${done_count} DONE), $refused refused with 429 (Retry-After: $retry_after), $other other"
[ "$other" -eq 0 ] && [ "$refused" -gt 0 ] && [ -n "$retry_after" ] && [ "$done_count" -eq "${#accepted[@]}" ] \
  || fail "plans beyond capacity were not all queued or refused with Retry-After"
[ "${total_errors:-0}" -eq 0 ] || fail "$total_errors errors under load"

if [ -n "$RESULT" ]; then
  {
    echo "# Load: read endpoints and plan requests beyond capacity"
    echo
    echo "Made by \`scripts/load-test.sh\` (\`DURATION=$DURATION REPEATS=$REPEATS\`) on $(date -u +%Y-%m-%d) with" \
         "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2) on loopback against the packaged service (\`-Xmx768m\`, embedded" \
         "PostgreSQL, the Daming demo county, 668 villages; plan result ${result_kib} KiB of JSON). $(nproc) cores" \
         "shared with the load generator and with other work: load average (1, 5, 15 min) $load_before at the start and" \
         "$(cut -d' ' -f1-3 /proc/loadavg) at the end. Every request carries the admin's personal token" \
         "(\`Authorization: Bearer\`), as a script would."
    echo
    echo "Each row: the median of $REPEATS runs of $DURATION, with the lowest and highest in brackets; p50 and p99 are"
    echo "wrk's latency percentiles of each run (ms); errors are non-2xx answers and socket errors (connect, read, write, and"
    echo "answers slower than wrk's timeout of 10 s) of all runs."
    echo
    echo "| endpoint | connections | requests/s | p50 ms | p99 ms | errors |"
    echo "|---|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Plan requests beyond capacity (\`gongpei.jobs.threads\` at its default, here $threads, \`gongpei.jobs.max-queued=4\`): 12 plans of 3 s" \
         "sent at the same moment: ${#accepted[@]} accepted (202: as many as solve at once and as may wait)" \
         "and all ${done_count} ended DONE, $refused answered 429 with" \
         "\`Retry-After: $retry_after\` and a problem document naming \`gongpei.jobs.max-queued\`, none dropped or" \
         "answered otherwise."
    echo
    echo "Endpoints: county-list \`GET /api/v1/counties\`, county-summary \`GET /api/v1/counties/130425/summary\`," \
         "plan-status \`GET /api/v1/plans/{id}\`, plan-result \`GET /api/v1/plans/{id}/result\`. Not measured: writes" \
         "under load, several instances behind a balancer, a remote database, TLS."
  } > "$RESULT"
  echo "wrote $RESULT"
fi
