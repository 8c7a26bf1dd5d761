#!/usr/bin/env bash
# Hotline benchmark (issue #3 §6): caller lookup and contact save on PostgreSQL and on embedded H2, over COUNT generated
# contacts (default 5,000,000: ten years of a national line), each next to the raw SQL of the lookup measured in the same
# run, so the ratios mean something on a noisy machine. Appends a section to bench/RESULTS.md.
#
# Per database: a fresh database; the application starts once to migrate; bench/hotline/ContactGenerator.java fills it
# directly (COPY / multi-row INSERT, the application's encryption and blind index, the same keys; then the numbers' totals); then, with the
# application stopped (H2 is an embedded file), the lookup's SQL over JDBC: the index range scan alone, the lookup's
# statements (the baseline), and those statements plus an append to a scratch copy of the audit chain; then with the
# application running (JVM options as in platform.sh), as counsellors with API tokens: GET /api/v1/callers/lookup (closed
# loop, then paced), POST /api/v1/contacts; finally the baseline once more, to see how much the machine drifted.
#
# Settings (environment): COUNT, H2_COUNT (default the smaller of COUNT and 1,000,000), DATABASES ("postgresql h2"), CLIENTS (20),
# SECONDS_PER_RUN (30), PACED_RATE (50 lookups/s in all), PORT (18090), PG_DB (anhduong_hbench, dropped at the end),
# SKIP_BUILD=1, KEEP=1 (keep the database and the work directory), WORK_DIR (default a new directory under /tmp).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
COUNT=${COUNT:-5000000}
# H2 loads several times slower than COPY and slows as its phone index outgrows the cache: 5 million would take up to an
# hour here, while a province on the embedded database takes a few thousand contacts a year. One million by default.
H2_COUNT=${H2_COUNT:-$(( COUNT < 1000000 ? COUNT : 1000000 ))}
DATABASES=${DATABASES:-"postgresql h2"}
CLIENTS=${CLIENTS:-20}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-30}
PACED_RATE=${PACED_RATE:-50}
PORT=${PORT:-18090}
PG_DB=${PG_DB:-anhduong_hbench}
PG="psql -h 127.0.0.1 -p 5432 -U postgres -X -q -v ON_ERROR_STOP=1"
JVM_OPTS=${JVM_OPTS:-"-XX:+UseSerialGC -Xmx160m -Xss512k -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=160m -XX:TieredStopAtLevel=1"}
BASE="http://127.0.0.1:$PORT"

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -ntp -q -DskipTests -Ddownload.plugin.skip=true package
JAR=$(ls target/anhduong-*.jar | grep -v original | head -1)
WORK=${WORK_DIR:-$(mktemp -d /tmp/hotline-bench.XXXXXX)}
mkdir -p "$WORK"
PID=
cleanup() {
  [ -z "$PID" ] || stop_app
  if [ "${KEEP:-}" != 1 ]; then
    $PG -d postgres -c "DROP DATABASE IF EXISTS $PG_DB" 2>/dev/null || true
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

# The application's classes and libraries for the single-file programs (the extracted jar names its libraries).
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
CP=$(ls "$WORK"/app/anhduong-*.jar)
program() { local main=$1; shift; "$JAVA" -Xmx1g -cp "$CP" "bench/hotline/$main.java" "$@"; }

# One set of keys for the application and the generator, as an operator would configure them.
KEYS=$("$JAVA" -jar "$JAR" generate-keys 2>/dev/null | grep '^ANHDUONG_CRYPTO_' | sed 's/^/export /')
eval "$KEYS"
# With KEEP=1 the kept data stays readable (throw-away keys of a throw-away database).
[ "${KEEP:-}" != 1 ] || (umask 077; echo "$KEYS" > "$WORK/keys.env")
export ANHDUONG_ADMIN_PASSWORD="Bench-Root-$RANDOM-$RANDOM-pw"
export BENCH_COUNSELLOR_PASSWORD="Bench-Counsellor-$RANDOM-$RANDOM"

jdbc_url() {
  case $1 in
    postgresql) echo "jdbc:postgresql://127.0.0.1:5432/$PG_DB" ;;
    h2) echo "jdbc:h2:file:$WORK/h2-data/db/anhduong;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" ;;
  esac
}

start_app() { # database
  local env=(ANHDUONG_DATA_DIR="$WORK/$1-data" SERVER_PORT="$PORT")
  [ "$1" = postgresql ] && env+=(SPRING_DATASOURCE_URL="$(jdbc_url postgresql)" SPRING_DATASOURCE_USERNAME=postgres)
  env "${env[@]}" "$JAVA" $JVM_OPTS -jar "$JAR" >> "$WORK/app-$1.log" 2>&1 &
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

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
field() { sed -n "s/^$1=//p" "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
mean() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (a + b) / 2 }'; }

# Runs HotlineLoad; keeps "requests errors p50 p99 rate" in $NAME and the detail line in ${NAME}_detail; with the
# application running, its CPU time per request (warm-up included) in ${NAME}_cpu.
measure() { # name mode args…
  local name=$1; shift
  local before=0 out
  [ -z "$PID" ] || before=$(cpu_ticks "$PID")
  out=$(program HotlineLoad "$@" --clients "$CLIENTS" --seconds "$SECONDS_PER_RUN")
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
  read -r n e p50 p99 rps <<< "$2"
  if [ -n "$3" ]; then
    echo "| $1 | $n | $e | $p50 | $p99 | $rps | $3 | $(ratio "$p50" "$4") | $(ratio "$p99" "$5") |"
  else
    echo "| $1 | $n | $e | $p50 | $p99 | $rps | — | | |"
  fi
}

verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "**met**" : "**missed**") }'; }

bench() { # database count
  local db=$1 count=$2 url out="$WORK/$1-out"
  url=$(jdbc_url "$db")
  echo "== $db: $count contacts" >&2
  if [ "$db" = postgresql ]; then
    $PG -d postgres -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB"
  fi
  rm -rf "$WORK/$db-data"
  start_app "$db" && stop_app # Flyway migrates, identity creates the administrator, geography loads its units

  local started; started=$(date +%s)
  timeout 4h "$JAVA" -Xmx1g -cp "$CP" bench/hotline/ContactGenerator.java --url "$url" --count "$count" --out "$out" \
    > "$WORK/generate-$db.log"
  local generation_s=$(( $(date +%s) - started ))
  tail -1 "$WORK/generate-$db.log" >&2
  local size
  if [ "$db" = postgresql ]; then
    size=$($PG -d "$PG_DB" -Atc "SELECT pg_size_pretty(pg_database_size('$PG_DB')) || ' database, of which hotline_contacts '
      || pg_size_pretty(pg_total_relation_size('hotline_contacts')) || ' with its indexes (caller index '
      || pg_size_pretty(pg_relation_size('hotline_contacts_caller_ix')) || '), numbers'' totals '
      || pg_size_pretty(pg_total_relation_size('hotline_caller_totals'))")
  else
    size="$(du -sh "$WORK/h2-data/db" | cut -f1) database file (after SHUTDOWN COMPACT)"
  fi
  local org; org=$(field organisation.id "$out/setup.properties")
  local sql=(sql --url "$url" --callers "$out/callers.tsv" --org "$org")

  measure s_index "${sql[@]}" --query index
  measure s_before "${sql[@]}" --query full
  measure s_audited "${sql[@]}" --query audited

  start_app "$db"
  : > "$WORK/tokens.txt"
  for user in $(field counsellors "$out/setup.properties" | tr , '\n' | tail -"$CLIENTS"); do
    curl -sf -u "$user:$BENCH_COUNSELLOR_PASSWORD" -X POST "$BASE/api/v1/tokens" \
      | sed 's/.*"token":"\([^"]*\)".*/\1/' >> "$WORK/tokens.txt" || { echo "no token for $user" >&2; exit 1; }
    echo >> "$WORK/tokens.txt"
  done
  # The application must find and decrypt what the generator wrote, or the figures would mean nothing.
  local token phone expected found
  token=$(head -1 "$WORK/tokens.txt")
  phone=$(field check.phone "$out/setup.properties"); expected=$(field check.count "$out/setup.properties")
  found=$(curl -sf -H "Authorization: Bearer $token" "$BASE/api/v1/callers/lookup?phone=0${phone#+84}" \
    | sed 's/.*"contactCount":\([0-9]*\).*/\1/' || true)
  [ "$found" = "$expected" ] || { echo "lookup of the heaviest caller found $found contacts, expected $expected" >&2; exit 1; }
  { curl -sf -H "Authorization: Bearer $token" "$BASE/api/v1/contacts/$(field check.contact "$out/setup.properties")" \
    || true; } | grep -q '"summary":"' || { echo "a generated contact does not read back with its note" >&2; exit 1; }

  local http=(--base "$BASE" --tokens "$WORK/tokens.txt" --callers "$out/callers.tsv")
  measure h_lookup lookup "${http[@]}"
  measure h_paced lookup "${http[@]}" --rate "$PACED_RATE"
  measure h_save save "${http[@]}" --setup "$out/setup.properties"
  local rss_mb=$(( $(awk '/VmRSS/{print $2}' "/proc/$PID/status") / 1024 ))
  stop_app
  measure s_after "${sql[@]}" --query full

  read -r _ _ b1p50 b1p99 _ <<< "$s_before"; read -r _ _ b2p50 b2p99 _ <<< "$s_after"
  local bp50 bp99; bp50=$(mean "$b1p50" "$b2p50"); bp99=$(mean "$b1p99" "$b2p99")
  read -r _ _ lp50 lp99 _ <<< "$h_lookup"; read -r _ _ _ _ saves <<< "$h_save"
  local engine
  if [ "$db" = postgresql ]; then
    engine="$($PG -d postgres -Atc "SELECT split_part(version(), ' on ', 1)") on 127.0.0.1 (server settings as found: shared_buffers $($PG -d postgres -Atc 'SHOW shared_buffers'), synchronous_commit $($PG -d postgres -Atc 'SHOW synchronous_commit'))"
  else
    engine="H2 $(ls "$WORK"/app/lib/h2-*.jar | sed 's/.*h2-\(.*\)\.jar/\1/'), embedded file in the application's JVM"
  fi
  {
    echo
    echo "### $engine — $count contacts"
    echo
    echo "- Data: $count contacts over ten years (to yesterday), $(field category.rows "$out/setup.properties") category rows;" \
      "data contacts $(field share.data "$out/setup.properties"), GBV-related $(field share.gbv "$out/setup.properties")," \
      "withheld $(field share.withheld "$out/setup.properties"), no number (web chat, e-mail, walk-in, letter, hand-over)" \
      "$(field share.noNumber "$out/setup.properties"); $(field numbers.distinct "$out/setup.properties") distinct numbers," \
      "$(field numbers.onceOrTwice "$out/setup.properties") of them with one or two contacts," \
      "$(field numbers.atLeast100 "$out/setup.properties") with 100 or more; the five busiest numbers have" \
      "$(field numbers.top5 "$out/setup.properties" | sed 's/,/, /g') contacts."
    if [ "$db" = h2 ] && [ "$count" != "$COUNT" ]; then
      echo "- Fewer contacts than on PostgreSQL: H2 takes rows several times slower than PostgreSQL's COPY and slows" \
        "down as its phone index outgrows its cache (2,500 contacts/s towards the end of a million on a busy machine)," \
        "so $COUNT would take up to an hour; a province on the embedded database takes a few thousand contacts a year," \
        "so this is still decades of one."
    fi
    echo "- Generation: ${generation_s} s in all; rows written at $(field load.rate "$out/setup.properties") contacts/s" \
      "($(field load.seconds "$out/setup.properties") s), then $(field finish.seconds "$out/setup.properties") s for" \
      "the numbers' totals and $([ "$db" = postgresql ] && echo 'VACUUM ANALYZE' || echo 'ANALYZE and SHUTDOWN COMPACT')."
    echo "- Disk: $size."
    echo "- Application: resident memory after the runs ${rss_mb} MB; CPU time per request (warm-up included):" \
      "lookup ${h_lookup_cpu} ms, paced lookup ${h_paced_cpu} ms, save ${h_save_cpu} ms."
    echo
    echo "| Measure | Requests | Errors | p50 ms | p99 ms | per s | Baseline | p50 ratio | p99 ratio |"
    echo "|---|---|---|---|---|---|---|---|---|"
    row "SQL: newest-20 range scan of the phone index only" "$s_index" "" "" ""
    row "SQL: the lookup's statements, before (baseline)" "$s_before" "" "" ""
    row "SQL: the lookup's statements, after (baseline)" "$s_after" "" "" ""
    row "SQL: lookup statements + audit append, one transaction" "$s_audited" "baseline (mean)" "$bp50" "$bp99"
    row "GET /api/v1/callers/lookup" "$h_lookup" "baseline (mean)" "$bp50" "$bp99"
    row "GET /api/v1/callers/lookup, paced at $PACED_RATE/s in all" "$h_paced" "baseline (mean)" "$bp50" "$bp99"
    row "POST /api/v1/contacts (per s = contacts saved per second)" "$h_save" "" "" ""
    echo
    echo "Latency by caller band (ms): baseline before — $s_before_detail"
    echo
    echo "GET lookup — $h_lookup_detail"
    echo
    echo "Paced lookup — $h_paced_detail"
    echo
    echo "Lookup statements + audit append — $s_audited_detail"
    echo
    echo "POST contacts (+data: data contacts; new: numbers never seen) — $h_save_detail"
    if [ "$db" = postgresql ]; then
      echo
      echo "Targets (issue #3, PostgreSQL): lookup p99 ≤ 20 ms at $CLIENTS clients — ${lp99} ms," \
        "$(verdict "$(awk -v a="$lp99" 'BEGIN { print (a <= 20) }')"); lookup within 3× of the baseline (p50 and" \
        "p99) — p50 ratio $(ratio "$lp50" "$bp50"), p99 ratio $(ratio "$lp99" "$bp99")," \
        "$(verdict "$(awk -v a="$lp50" -v b="$bp50" -v c="$lp99" -v d="$bp99" 'BEGIN { print (a <= 3 * b && c <= 3 * d) }')");" \
        "≥ 500 contacts saved per second — ${saves}/s, $(verdict "$(awk -v a="$saves" 'BEGIN { print (a >= 500) }')")."
    fi
  } >> "$WORK/section.md"
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
for db in $DATABASES; do
  case $db in
    postgresql) bench postgresql "$COUNT" ;;
    h2) bench h2 "$H2_COUNT" ;;
    *) echo "unknown database $db" >&2; exit 2 ;;
  esac
  [ "$db" != postgresql ] || [ "${KEEP:-}" = 1 ] || $PG -d postgres -c "DROP DATABASE IF EXISTS $PG_DB"
done

{
  echo
  echo "## Hotline — caller lookup and contact save — $(date -u +%Y-%m-%dT%H:%MZ) — $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | head -1)"
  echo
  echo "\`bench/hotline.sh\`: data from \`bench/hotline/ContactGenerator.java\`, load from \`bench/hotline/HotlineLoad.java\`" \
    "on the same machine; $CLIENTS concurrent clients (closed loop unless paced), ${SECONDS_PER_RUN}s per measure after a" \
    "warm-up of a third of that. Numbers asked for are drawn like real callers (busy numbers as often as they call, some" \
    "never seen). Baseline: the statements the application runs for a lookup (totals, newest 20, their categories) over" \
    "JDBC, one connection per client, blind indexes computed beforehand, no HTTP, security, transaction or audit;" \
    "measured with the application stopped, before and after the HTTP runs; ratios are against the mean of the two." \
    "Application JVM options \`$JVM_OPTS\`. Load average (1/5/15 min) at the start: $LOAD_START; at the end:" \
    "$(cut -d' ' -f1-3 /proc/loadavg)."
  cat "$WORK/section.md"
} | tee -a bench/RESULTS.md
