# Shared by the module benchmarks (bench/hotline.sh, bench/casework.sh); sourced, not run. Expects COUNT, H2_LIMIT,
# PORT, PG_DB and LOAD (the load program's source file) to be set; sets JAVA, JAR, WORK, CP, BASE, PG, JVM_OPTS and PID,
# and a trap that stops the application and, unless KEEP=1, drops the database and the work directory.

# The settings both scripts take alike (environment): CLIENTS (20), SECONDS_PER_RUN (30), H2_COUNT (default the smaller
# of COUNT and the script's H2_LIMIT).
CLIENTS=${CLIENTS:-20}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-30}
H2_COUNT=${H2_COUNT:-$(( COUNT < H2_LIMIT ? COUNT : H2_LIMIT ))}

if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PG="psql -h 127.0.0.1 -p 5432 -U postgres -X -q -v ON_ERROR_STOP=1"
# The options the README gives for production. Not platform.sh's footprint options: -XX:TieredStopAtLevel=1 (C1 only)
# saves some memory but roughly doubles the CPU time of a request, which is what these benchmarks measure.
JVM_OPTS=${JVM_OPTS:-"-XX:+UseSerialGC -Xmx160m"}
BASE="http://127.0.0.1:$PORT"
PID=

# Builds (unless SKIP_BUILD=1) and extracts the application: its classes and libraries for the single-file programs.
prepare() { # work-directory-prefix
  [ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -ntp -q -DskipTests -Ddownload.plugin.skip=true package
  JAR=$(ls target/anhduong-*.jar | grep -v original | head -1)
  WORK=${WORK_DIR:-$(mktemp -d "/tmp/$1.XXXXXX")}
  mkdir -p "$WORK"
  trap cleanup EXIT
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
  CP=$(ls "$WORK"/app/anhduong-*.jar)
  # One set of keys for the application and the generator, as an operator would configure them.
  local keys; keys=$("$JAVA" -jar "$JAR" generate-keys 2>/dev/null | grep '^ANHDUONG_CRYPTO_' | sed 's/^/export /')
  eval "$keys"
  # With KEEP=1 the kept data stays readable (throw-away keys of a throw-away database).
  [ "${KEEP:-}" != 1 ] || (umask 077; echo "$keys" > "$WORK/keys.env")
  export ANHDUONG_ADMIN_PASSWORD="Bench-Root-$RANDOM-$RANDOM-pw"
}

cleanup() {
  [ -z "$PID" ] || stop_app
  if [ "${KEEP:-}" != 1 ]; then
    $PG -d postgres -c "DROP DATABASE IF EXISTS $PG_DB" 2>/dev/null || true
    rm -rf "$WORK"
  fi
}

jdbc_url() {
  case $1 in
    postgresql) echo "jdbc:postgresql://127.0.0.1:5432/$PG_DB" ;;
    h2) echo "jdbc:h2:file:$WORK/h2-data/db/anhduong;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" ;;
  esac
}

# A fresh database: PostgreSQL recreated, H2's directory removed; the application starts once to migrate (Flyway),
# create the administrator and load the administrative units.
fresh_database() { # database
  [ "$1" != postgresql ] || $PG -d postgres -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB"
  rm -rf "$WORK/$1-data"
  start_app "$1" && stop_app
}

start_app() { # database [NAME=value…]
  local env=(ANHDUONG_DATA_DIR="$WORK/$1-data" SERVER_PORT="$PORT")
  [ "$1" = postgresql ] && env+=(SPRING_DATASOURCE_URL="$(jdbc_url postgresql)" SPRING_DATASOURCE_USERNAME=postgres)
  env "${env[@]}" "${@:2}" "$JAVA" $JVM_OPTS -jar "$JAR" >> "$WORK/app-$1.log" 2>&1 &
  PID=$!
  local waited=0
  until curl -sf "$BASE/actuator/health/readiness" >/dev/null; do
    kill -0 "$PID" 2>/dev/null || { tail -50 "$WORK/app-$1.log"; PID=; exit 1; }
    sleep 0.5; waited=$((waited + 1))
    [ $waited -lt 600 ] || { echo "the application did not become ready in 300 s" >&2; exit 1; }
  done
}

stop_app() {
  kill "$PID" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=
}

# API tokens for the users (comma-separated), one a line in the file, in the users' order.
issue_tokens() { # users password file
  : > "$3"
  for user in $(echo "$1" | tr , '\n'); do
    curl -sf -u "$user:$2" -X POST "$BASE/api/v1/tokens" \
      | sed 's/.*"token":"\([^"]*\)".*/\1/' >> "$3" || { echo "no token for $user" >&2; exit 1; }
    echo >> "$3"
  done
}

pg_engine() {
  echo "$($PG -d postgres -Atc "SELECT split_part(version(), ' on ', 1)") on 127.0.0.1 (server settings as found: shared_buffers $($PG -d postgres -Atc 'SHOW shared_buffers'), synchronous_commit $($PG -d postgres -Atc 'SHOW synchronous_commit'))"
}

h2_engine() {
  echo "H2 $(ls "$WORK"/app/lib/h2-*.jar | sed 's/.*h2-\(.*\)\.jar/\1/'), embedded file in the application's JVM"
}

machine() {
  echo "$(date -u +%Y-%m-%dT%H:%MZ) — $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | head -1)"
}

rss_mb() { echo $(( $(awk '/VmRSS/{print $2}' "/proc/$PID/status") / 1024 )); }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
field() { sed -n "s/^$1=//p" "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
mean() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (a + b) / 2 }'; }
verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "**met**" : "**missed**") }'; }
at_most() { verdict "$(awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) }')"; }

# Calls bench (the script's) for each of DATABASES, PostgreSQL with COUNT cases or contacts, H2 with H2_COUNT; drops the
# PostgreSQL database after its run unless KEEP=1. Keeps the load average at the start in LOAD_START.
run_databases() {
  LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
  for db in $DATABASES; do
    case $db in
      postgresql) bench postgresql "$COUNT" ;;
      h2) bench h2 "$H2_COUNT" ;;
      *) echo "unknown database $db" >&2; exit 2 ;;
    esac
    [ "$db" != postgresql ] || [ "${KEEP:-}" = 1 ] || $PG -d postgres -c "DROP DATABASE IF EXISTS $PG_DB"
  done
}

# Runs the load program ($LOAD) with the application's classes; keeps "requests errors p50 p99 rate" in $NAME and the
# detail line in ${NAME}_detail; with the application running, its CPU time per request (warm-up included) in
# ${NAME}_cpu.
measure() { # name mode args…
  local name=$1; shift
  local before=0 out
  [ -z "$PID" ] || before=$(cpu_ticks "$PID")
  out=$("$JAVA" -Xmx1g -cp "$CP" "$LOAD" "$@" --clients "$CLIENTS" --seconds "$SECONDS_PER_RUN")
  printf -v "$name" '%s' "$(echo "$out" | sed -n 1p)"
  printf -v "${name}_detail" '%s' "$(echo "$out" | sed -n 2p | sed 's/^total=[0-9]* //')"
  if [ -n "$PID" ]; then
    local total; total=$(echo "$out" | sed -n 2p | sed 's/^total=\([0-9]*\).*/\1/')
    printf -v "${name}_cpu" '%s' "$(awk -v t=$(( $(cpu_ticks "$PID") - before )) -v n="$total" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')"
  fi
  echo "  $name: $(echo "$out" | sed -n 1p)" >&2
}

row() { # label result baseline-label baseline-p50 baseline-p99
  local n e p50 p99 rps
  read -r n e p50 p99 rps <<< "$2"
  if [ -n "$3" ]; then
    echo "| $1 | $n | $e | $p50 | $p99 | $rps | $3 | $(ratio "$p50" "$4") | $(ratio "$p99" "$5") |"
  else
    echo "| $1 | $n | $e | $p50 | $p99 | $rps | — | | |"
  fi
}
