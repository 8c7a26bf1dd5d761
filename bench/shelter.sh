#!/usr/bin/env bash
# Shelter benchmark (issue #5 §8): the occupancy board with COUNT facilities (default 200) and three years of their
# placements on PostgreSQL (and optionally embedded H2), next to the raw SQL of the same read measured in the same run,
# so the ratios mean something on a noisy machine. Appends a section to bench/RESULTS.md.
#
# Per database: a fresh database; the application starts once to migrate; bench/shelter/ShelterGenerator.java fills it
# directly (the application's encryption, the same keys); then, with the application stopped, the board's statements
# over JDBC (the baseline); then with the application running (JVM options as in lib.sh), as case workers who see the
# whole board: GET /api/v1/shelter/occupancy (API token); finally the baseline once more.
#
# Settings (environment): COUNT (200 facilities), DATABASES ("postgresql"; add h2), CLIENTS (20), SECONDS_PER_RUN (30),
# PORT (18093), PG_DB (anhduong_shbench, dropped at the end), SKIP_BUILD=1, KEEP=1, WORK_DIR, NO_RESULTS=1 (print the
# section without appending it to bench/RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${COUNT:-200}
H2_LIMIT=200
DATABASES=${DATABASES:-postgresql}
PORT=${PORT:-18093}
PG_DB=${PG_DB:-anhduong_shbench}
LOAD=bench/shelter/ShelterLoad.java
. bench/lib.sh

prepare shelter-bench
export BENCH_CASEWORKER_PASSWORD="Bench-Caseworker-$RANDOM-$RANDOM"

# The application must read what the generator wrote: the board lists every facility with the free places the
# generator counted.
check_generated() { # setup token
  local setup=$1 token=$2 board listed free
  board=$(curl -sf -H "Authorization: Bearer $token" "$BASE/api/v1/shelter/occupancy" || true)
  listed=$(echo "$board" | grep -o '"facilityId"' | wc -l)
  free=$(echo "$board" | grep -o '"free":[0-9]*' | cut -d: -f2 | paste -sd+ | bc)
  [ "$listed" = "$(field facilities "$setup")" ] && [ "$free" = "$(field free "$setup")" ] \
    || { echo "the board shows $listed facilities and $free free places, not what was generated" >&2; exit 1; }
}

bench() { # database count
  local db=$1 count=$2 url out="$WORK/$1-out"
  url=$(jdbc_url "$db")
  echo "== $db: $count facilities" >&2
  fresh_database "$db"
  "$JAVA" -Xmx1g -cp "$CP" bench/shelter/ShelterGenerator.java --url "$url" --count "$count" --out "$out" \
    > "$WORK/generate-$db.log"
  tail -1 "$WORK/generate-$db.log" >&2
  local setup="$out/setup.properties" size
  if [ "$db" = postgresql ]; then
    size=$($PG -d "$PG_DB" -Atc "SELECT pg_size_pretty(SUM(pg_total_relation_size(c.oid))) FROM pg_class c
      WHERE c.relkind = 'r' AND c.relname LIKE 'shelter\_%'")" in the shelter tables with their indexes"
  else
    size="$(du -sh "$WORK/h2-data/db" | cut -f1) database file"
  fi
  local sql=(sql --url "$url")

  measure s_board "${sql[@]}"
  start_app "$db"
  issue_tokens "$(field load.users "$setup" | tr , '\n' | head -"$CLIENTS" | paste -sd,)" \
    "$BENCH_CASEWORKER_PASSWORD" "$WORK/tokens.txt"
  check_generated "$setup" "$(head -1 "$WORK/tokens.txt")"
  measure h_board board --base "$BASE" --tokens "$WORK/tokens.txt"
  local rss; rss=$(rss_mb)
  stop_app
  measure s_board_after "${sql[@]}"

  local b1p50 b1p99 b2p50 b2p99 bp50 bp99 hp99 engine
  read -r _ _ b1p50 b1p99 _ <<< "$s_board"; read -r _ _ b2p50 b2p99 _ <<< "$s_board_after"
  bp50=$(mean "$b1p50" "$b2p50"); bp99=$(mean "$b1p99" "$b2p99")
  read -r _ _ _ hp99 _ <<< "$h_board"
  if [ "$db" = postgresql ]; then engine=$(pg_engine); else engine=$(h2_engine); fi
  {
    echo
    echo "### $engine — $count facilities"
    echo
    echo "- Data: $(field facilities "$setup") facilities with $(field places "$setup") places (trusted addresses," \
      "shelters, one-stop centre beds, social-protection facilities), $(field placements "$setup") placements over" \
      "three years, $(field open "$setup") staying today ($(field free "$setup") places free); generated in" \
      "$(field load.seconds "$setup") s."
    echo "- Disk: $size."
    echo "- Application: resident memory after the runs ${rss} MB; CPU time per board request (warm-up included):" \
      "${h_board_cpu} ms."
    echo
    echo "| Measure | Requests | Errors | p50 ms | p99 ms | per s | Baseline | p50 ratio | p99 ratio |"
    echo "|---|---|---|---|---|---|---|---|---|"
    row "SQL: the board's statements, before (baseline)" "$s_board" "" "" ""
    row "SQL: the board's statements, after (baseline)" "$s_board_after" "" "" ""
    row "GET /api/v1/shelter/occupancy" "$h_board" "board (mean)" "$bp50" "$bp99"
    echo
    echo "GET /api/v1/shelter/occupancy — $h_board_detail (p99 ${hp99} ms)"
  } >> "$WORK/section.md"
}

run_databases

{
  echo
  echo "## Shelter — occupancy board — $(machine)"
  echo
  echo "\`bench/shelter.sh\`: data from \`bench/shelter/ShelterGenerator.java\`, load from" \
    "\`bench/shelter/ShelterLoad.java\` on the same machine; $CLIENTS concurrent clients (closed loop), each a case" \
    "worker who sees the whole board, ${SECONDS_PER_RUN}s per measure after a warm-up of a third of that. Baseline:" \
    "the board's two statements over JDBC, one connection per client, no HTTP, security, transaction or audit;" \
    "measured with the application stopped, before and after the HTTP run; ratios are against the mean of the two." \
    "Application JVM options \`$JVM_OPTS\`. Load average (1/5/15 min) at the start: $LOAD_START; at the end:" \
    "$(cut -d' ' -f1-3 /proc/loadavg)."
  cat "$WORK/section.md"
} | if [ "${NO_RESULTS:-}" = 1 ]; then cat; else tee -a bench/RESULTS.md; fi
