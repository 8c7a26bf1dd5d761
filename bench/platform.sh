#!/usr/bin/env bash
# Platform benchmark: startup-to-ready, idle memory, and latency of the login page and GET /api/v1/me under 20
# concurrent clients, each next to a baseline measured in the same run (a static file; the liveness probe), so the
# ratios mean something on a noisy machine. Appends a section to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CLIENTS=${CLIENTS:-20}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
PORT=${PORT:-18080}
JVM_OPTS=${JVM_OPTS:-"-XX:+UseSerialGC -Xmx160m -Xss512k -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=160m -XX:TieredStopAtLevel=1"}

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -ntp -q -DskipTests package
JAR=$(ls target/anhduong-*.jar | grep -v original | head -1)
DATA=$(mktemp -d)
PASSWORD="bench-passphrase-$RANDOM-$RANDOM"
PID=
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT

# Starts the application on a fresh data directory ($1) with extra JVM options ($2); sets PID and ready_ms.
start_app() {
  local start; start=$(date +%s%N)
  ANHDUONG_DATA_DIR="$1" ANHDUONG_ADMIN_PASSWORD="$PASSWORD" SERVER_PORT=$PORT \
    $JAVA $JVM_OPTS $2 -jar "$RUN_JAR" > "$1/app.log" 2>&1 &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
    kill -0 $PID 2>/dev/null || { cat "$1/app.log"; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}

# JDK 25 AOT cache (JEP 514/515): one training run that stops after the context refresh, then starts use the cache.
EXTRACTED="$DATA/extracted"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
RUN_JAR=$(ls "$EXTRACTED"/anhduong-*.jar)
mkdir -p "$DATA/training"
ANHDUONG_DATA_DIR="$DATA/training" ANHDUONG_ADMIN_PASSWORD="$PASSWORD" "$JAVA" $JVM_OPTS \
  -XX:AOTCacheOutput="$EXTRACTED/app.aot" -Dspring.context.exit=onRefresh -jar "$RUN_JAR" > "$DATA/training.log" 2>&1
mkdir -p "$DATA/aot"
start_app "$DATA/aot" "-XX:AOTCache=$EXTRACTED/app.aot"
aot_ready_ms=$ready_ms
kill $PID; wait $PID 2>/dev/null || true

mkdir -p "$DATA/plain"
start_app "$DATA/plain" ""
sleep 5
idle_rss_mb=$(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 ))

TOKEN=$(curl -sf -u "admin:$PASSWORD" -X POST "http://127.0.0.1:$PORT/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
load() { "$JAVA" bench/LoadGen.java "$1" "$CLIENTS" "$SECONDS_PER_RUN" ${2:-}; }
static=$(load "http://127.0.0.1:$PORT/css/app.css")
login=$(load "http://127.0.0.1:$PORT/login")
live=$(load "http://127.0.0.1:$PORT/actuator/health/liveness")
me=$(load "http://127.0.0.1:$PORT/api/v1/me" "$TOKEN")
loaded_rss_mb=$(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 ))

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
row() { # name baseline-name result baseline-result
  read -r n e p50 p99 rps <<< "$3"; read -r bn be bp50 bp99 brps <<< "$4"
  echo "| $1 | $n | $e | $p50 | $p99 | $rps | $2 | $(ratio "$p50" "$bp50") | $(ratio "$p99" "$bp99") |"
}
{
  echo
  echo "## Platform — $(date -u +%Y-%m-%dT%H:%MZ) — $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | head -1)"
  echo
  echo "Embedded H2, fresh data directory, JVM options \`$JVM_OPTS\`; $CLIENTS concurrent clients, ${SECONDS_PER_RUN}s per endpoint after a warm-up; load generator on the same machine."
  echo
  echo "- Startup to ready (readiness probe answers), plain \`java -jar\`: **${ready_ms} ms**; with the JDK 25 AOT cache: **${aot_ready_ms} ms** (target ≤ 10,000 ms; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
  echo "- Resident memory idle after start: **${idle_rss_mb} MB** (target ≤ 400 MB); after the load runs: ${loaded_rss_mb} MB"
  echo
  echo "| Endpoint | Requests | Errors | p50 ms | p99 ms | req/s | Baseline | p50 ratio | p99 ratio |"
  echo "|---|---|---|---|---|---|---|---|---|"
  row "GET /css/app.css (static)" "—" "$static" "$static"
  row "GET /login (page)" "static file" "$login" "$static"
  row "GET /actuator/health/liveness" "—" "$live" "$live"
  row "GET /api/v1/me (bearer token)" "liveness probe" "$me" "$live"
} | tee -a bench/RESULTS.md
