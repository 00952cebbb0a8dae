#!/usr/bin/env bash
# Memory of the packaged service under -Xmx768m after 20 mixed jobs on the Daming demo county (668 villages):
# 10 daily plans, 5 scenario analyses and 5 weekly calendars, one after the other (one solver thread), on the
# embedded PostgreSQL in a fresh data directory. The service's resident set (RSS, from /proc, Java only: the
# embedded PostgreSQL runs as its own processes and is reported apart) is sampled every 2 s; the matrix cache
# directory is measured at the end. Writes scripts/results/memory.md unless RESULT= is set empty.
# Needs a packaged service (./mvnw package), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="$PWD/service/target/quarkus-app/quarkus-run.jar"
HEAP="${HEAP:-768m}"
PORT="${MEMORY_PORT:-18190}"
WORK="$(mktemp -d /tmp/gongpei-memory.XXXXXX)"
RESULT="${RESULT-scripts/results/memory.md}"
PID=""

fail() { echo "MEMORY FAIL: $*" >&2; [ -f "$WORK/service.log" ] && tail -20 "$WORK/service.log" >&2; exit 1; }
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
SAMPLER=""
trap cleanup EXIT

# Every request of this script goes through api(): path, curl options.
api() { local path="$1"; shift; curl -s "$@" "http://127.0.0.1:$PORT$path"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
rss_mib() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$1/status") / 1024 )); }
pg_rss_mib() { # the embedded PostgreSQL: its postmaster (named in postmaster.pid) and the postmaster's children
  local postmaster total=0 process
  postmaster="$(head -1 "$WORK/data/postgres/postmaster.pid" 2>/dev/null || true)"
  [ -n "$postmaster" ] || { echo 0; return; }
  for process in "$postmaster" $(pgrep -P "$postmaster" || true); do
    total=$(( total + $(awk '/VmRSS/ {print $2}' "/proc/$process/status" 2>/dev/null || echo 0) ))
  done
  echo $(( total / 1024 ))
}

[ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw package first"
(cd "$WORK" && exec "$JAVA" "-Xmx$HEAP" -Dquarkus.http.port="$PORT" -Dgongpei.jobs.max-queued=25 \
   -jar "$JAR" > "$WORK/service.log" 2>&1) &
PID=$!
for _ in $(seq 1 180); do
  api /q/health/ready -f -o /dev/null && break
  kill -0 "$PID" 2>/dev/null || fail "the service exited during startup"
  sleep 1
done
api /q/health/ready -f -o /dev/null || fail "the service did not become ready"
sleep 5
idle=$(rss_mib "$PID")
idle_pg=$(pg_rss_mib)
echo "idle: ${idle} MiB (PostgreSQL ${idle_pg} MiB)"

(while kill -0 "$PID" 2>/dev/null; do rss_mib "$PID" >> "$WORK/samples"; sleep 2; done) &
SAMPLER=$!

submit() { # path, JSON body; prints the Location
  api "$1" -f -D - -o /dev/null -H 'Content-Type: application/json' -d "$2" | tr -d '\r' \
    | sed -n 's/^[Ll]ocation: //p'
}
jobs=()
started=$SECONDS
for n in $(seq 1 10); do
  jobs+=("$(submit /api/v1/counties/130425/plans "{\"date\":\"2025-06-$((15 + n % 7))\",\"timeLimitSeconds\":10,\"demandSeed\":$n}")")
  if [ $((n % 2)) -eq 0 ]; then
    jobs+=("$(submit /api/v1/counties/130425/analyses "{\"date\":\"2025-06-16\",\"timeLimitSeconds\":3,\"demandSeed\":$n}")")
    jobs+=("$(submit /api/v1/counties/130425/calendars "{\"dayTimeLimitSeconds\":3,\"demandSeed\":$n}")")
  fi
done
[ "${#jobs[@]}" -eq 20 ] || fail "only ${#jobs[@]} of 20 jobs were accepted"
declare -A ended
for location in "${jobs[@]}"; do
  path="${location#http://*:$PORT}"; path="${path#http://localhost:$PORT}"
  for _ in $(seq 1 1800); do
    s="$(api "$path" -f | json 'd["status"]')"
    case "$s" in QUEUED|SOLVING) sleep 1 ;; *) break ;; esac
  done
  ended[$s]=$(( ${ended[$s]:-0} + 1 ))
  echo "$path $s after $((SECONDS - started)) s, RSS $(rss_mib "$PID") MiB"
done
elapsed=$((SECONDS - started))
sleep 5
after=$(rss_mib "$PID")
after_pg=$(pg_rss_mib)
peak=$(sort -n "$WORK/samples" | tail -1)
cache_kib=$(du -sk "$WORK/data/matrices" 2>/dev/null | cut -f1 || echo 0)
heap_used="$("${JAVA%/java}/jcmd" "$PID" GC.heap_info 2>/dev/null | sed -n 's/.*total \([0-9]*K\), used \([0-9]*K\).*/\2 of \1/p' | head -1 || true)"
statuses="$(for s in "${!ended[@]}"; do printf '%s %s, ' "${ended[$s]}" "$s"; done)"
statuses="${statuses%, }"
echo "after 20 jobs: RSS ${after} MiB, peak ${peak} MiB, PostgreSQL ${after_pg} MiB, matrices $((cache_kib / 1024)) MiB"

if [ -n "$RESULT" ]; then
  mkdir -p "$(dirname "$RESULT")"
  {
    echo "# Memory after 20 mixed jobs"
    echo
    echo "Made by \`scripts/memory-test.sh\` (\`HEAP=$HEAP\`) on $(date -u +%Y-%m-%d): the packaged service with" \
         "\`-Xmx$HEAP\`, one solver thread, embedded PostgreSQL in a fresh data directory, the Daming demo county" \
         "(668 villages); 10 daily plans (10 s, demand seeds 1–10, seven dates), 5 scenario analyses (3 s per solve," \
         "all scenarios) and 5 weekly calendars (3 s per day), submitted at once and solved one after the other." \
         "$(nproc) cores, shared: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
    echo
    echo "| measure | value |"
    echo "|---|---|"
    echo "| Java RSS idle (after start and the demo county's road graph) | ${idle} MiB |"
    echo "| Java RSS after the 20 jobs | ${after} MiB |"
    echo "| Java RSS, highest sample (every 2 s) | ${peak} MiB |"
    echo "| Java heap used / committed at the end (jcmd GC.heap_info) | ${heap_used:-not read} |"
    echo "| embedded PostgreSQL RSS idle / at the end (all its processes, shared pages counted in each) | ${idle_pg} / ${after_pg} MiB |"
    echo "| matrix cache on disk (limit 256 MiB) | $((cache_kib / 1024)) MiB |"
    echo "| jobs ended | $statuses |"
    echo "| wall time of the 20 jobs | ${elapsed} s |"
    echo
    echo "RSS is one run, not a median: the JVM returns little memory to the system, so the highest sample is what a"
    echo "machine must have. Not measured: several solver threads, larger counties, native memory by category."
  } > "$RESULT"
  echo "wrote $RESULT"
fi
