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
COUNT=${COUNT:-5000000}
# H2 loads several times slower than COPY and slows as its phone index outgrows the cache: 5 million would take up to an
# hour here, while a province on the embedded database takes a few thousand contacts a year. One million by default.
H2_LIMIT=1000000
DATABASES=${DATABASES:-"postgresql h2"}
PACED_RATE=${PACED_RATE:-50}
PORT=${PORT:-18090}
PG_DB=${PG_DB:-anhduong_hbench}
LOAD=bench/hotline/HotlineLoad.java
. bench/lib.sh

prepare hotline-bench
export BENCH_COUNSELLOR_PASSWORD="Bench-Counsellor-$RANDOM-$RANDOM"

bench() { # database count
  local db=$1 count=$2 url out="$WORK/$1-out"
  url=$(jdbc_url "$db")
  echo "== $db: $count contacts" >&2
  fresh_database "$db"

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
  issue_tokens "$(field counsellors "$out/setup.properties" | tr , '\n' | tail -"$CLIENTS" | paste -sd,)" \
    "$BENCH_COUNSELLOR_PASSWORD" "$WORK/tokens.txt"
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
  local rss_mb; rss_mb=$(rss_mb)
  stop_app
  measure s_after "${sql[@]}" --query full

  read -r _ _ b1p50 b1p99 _ <<< "$s_before"; read -r _ _ b2p50 b2p99 _ <<< "$s_after"
  local bp50 bp99; bp50=$(mean "$b1p50" "$b2p50"); bp99=$(mean "$b1p99" "$b2p99")
  read -r _ _ lp50 lp99 _ <<< "$h_lookup"; read -r _ _ _ _ saves <<< "$h_save"
  local engine
  if [ "$db" = postgresql ]; then engine=$(pg_engine); else engine=$(h2_engine); fi
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

run_databases

{
  echo
  echo "## Hotline — caller lookup and contact save — $(machine)"
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
