#!/usr/bin/env bash
# Casework benchmark (issue #4 §9): open a case, render the case file, search by phone, on PostgreSQL (and optionally
# embedded H2) over COUNT generated cases (default 500,000: ten years of six busy organisations), each next to the raw
# SQL of the same read measured in the same run, so the ratios mean something on a noisy machine. Appends a section to
# bench/RESULTS.md.
#
# Per database: a fresh database; the application starts once to migrate; bench/casework/CaseGenerator.java fills it
# directly (COPY / multi-row INSERT, the application's encryption and blind indexes, the same keys, counters that the
# application continues); then, with the application stopped, the application's statements over JDBC: a case file
# read (the baseline), the same with decryption, with decryption and the read's audit inserts, and a search by phone
# (the other baseline); then with the application running (JVM options as in platform.sh, the organisations' code
# prefixes in SPRING_APPLICATION_JSON), as case workers and supervisors: GET /api/v1/cases/{id} (API token),
# GET /cases/{id} (the HTML page, in a session from the sign-in form), POST /api/v1/cases/search by phone,
# POST /api/v1/cases; finally both baselines once more, to see how much the machine drifted.
#
# Settings (environment): COUNT (500000), H2_COUNT (default the smaller of COUNT and 100,000), DATABASES
# ("postgresql"; add h2 for the embedded database), CLIENTS (20), SECONDS_PER_RUN (30), PORT (18091), PG_DB
# (anhduong_cwbench, dropped at the end), SKIP_BUILD=1, KEEP=1 (keep the database and the work directory), WORK_DIR
# (default a new directory under /tmp), NO_RESULTS=1 (print the section without appending it to bench/RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${COUNT:-500000}
# H2 takes rows several times slower than COPY; a province on the embedded database opens a few thousand cases a year.
H2_LIMIT=100000
DATABASES=${DATABASES:-postgresql}
PORT=${PORT:-18091}
PG_DB=${PG_DB:-anhduong_cwbench}
LOAD=bench/casework/CaseworkLoad.java
. bench/lib.sh

prepare casework-bench
export BENCH_CASEWORKER_PASSWORD="Bench-Caseworker-$RANDOM-$RANDOM"

# The application must find and decrypt what the generator wrote and continue its numbering, or the figures would mean
# nothing: read the check case, reveal its client's name, find it by phone and by name, open one case.
check_generated() { # setup token
  local setup=$1 token=$2 id number file name found opened
  id=$(field check.case "$setup"); number=$(field check.number "$setup")
  file=$(curl -sf -H "Authorization: Bearer $token" "$BASE/api/v1/cases/$id" || true)
  echo "$file" | grep -qF "\"caseNumber\":\"$number\"" && echo "$file" | grep -qF "\"$(field check.survivor "$setup")\"" \
    && echo "$file" | grep -qF "\"$(field check.phone "$setup")\"" \
    || { echo "the check case does not read back with its number, survivor code and phone" >&2; exit 1; }
  name=$(curl -sf -X POST -H "Authorization: Bearer $token" "$BASE/api/v1/cases/$id/client/name" || true)
  echo "$name" | grep -qF "\"fullName\":\"$(field check.name "$setup")\"" \
    || { echo "the check client's name does not decrypt" >&2; exit 1; }
  for criterion in "\"phone\":\"0$(field check.phone "$setup" | cut -c4-)\"" "\"name\":\"$(field check.name "$setup")\""; do
    found=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{$criterion}" "$BASE/api/v1/cases/search" || true)
    echo "$found" | grep -qF "\"caseNumber\":\"$number\"" \
      || { echo "a search by ${criterion%%\":*}\" does not find the check case" >&2; exit 1; }
  done
  opened=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$BASE/api/v1/cases" \
    -d '{"type":"GBV","source":"WALK_IN","client":{"sex":"FEMALE","ageGroup":"AGE_25_59"},"confirmNoDuplicate":true}' \
    || true)
  echo "$opened" | grep -qF "\"caseNumber\":\"$(field check.nextNumber "$setup")\"" \
    && echo "$opened" | grep -qF "\"survivorCode\":\"$(field check.nextSurvivor "$setup")\"" \
    || { echo "a new case does not continue the numbering: $opened" >&2; exit 1; }
}

bench() { # database count
  local db=$1 count=$2 url out="$WORK/$1-out"
  url=$(jdbc_url "$db")
  echo "== $db: $count cases" >&2
  fresh_database "$db"

  local started; started=$(date +%s)
  timeout 4h "$JAVA" -Xmx1g -cp "$CP" bench/casework/CaseGenerator.java --url "$url" --count "$count" --out "$out" \
    > "$WORK/generate-$db.log"
  local generation_s=$(( $(date +%s) - started ))
  tail -1 "$WORK/generate-$db.log" >&2
  local setup="$out/setup.properties" size
  if [ "$db" = postgresql ]; then
    size=$($PG -d "$PG_DB" -Atc "SELECT pg_size_pretty(pg_database_size('$PG_DB')) || ' database, of which the casework'
      || ' tables ' || pg_size_pretty(SUM(pg_total_relation_size(c.oid))) || ' with their indexes (cases '
      || pg_size_pretty(pg_total_relation_size('casework_cases')) || ', clients '
      || pg_size_pretty(pg_total_relation_size('casework_clients')) || ', phones '
      || pg_size_pretty(pg_total_relation_size('casework_client_phones')) || ', name tokens '
      || pg_size_pretty(pg_total_relation_size('casework_client_name_tokens')) || ', companions '
      || pg_size_pretty(pg_total_relation_size('casework_companions')) || ')'
      FROM pg_class c WHERE c.relkind = 'r' AND c.relname LIKE 'casework\_%'")
  else
    size="$(du -sh "$WORK/h2-data/db" | cut -f1) database file (after SHUTDOWN COMPACT)"
  fi
  local common=(--users "$out/users.tsv" --cases "$out/cases.tsv" --setup "$setup")
  local sql=(sql --url "$url" --unused "$(field numbers.unusedFrom "$setup")" "${common[@]}")

  measure s_file "${sql[@]}" --query file
  measure s_decrypt "${sql[@]}" --query decrypt
  measure s_audited "${sql[@]}" --query audited
  measure s_phone "${sql[@]}" --query phone

  start_app "$db" SPRING_APPLICATION_JSON="$(cat "$out/app.json")"
  issue_tokens "$(field load.users "$setup" | tr , '\n' | head -"$CLIENTS" | paste -sd,)" \
    "$BENCH_CASEWORKER_PASSWORD" "$WORK/tokens.txt"
  check_generated "$setup" "$(head -1 "$WORK/tokens.txt")"

  local http=(--base "$BASE" --tokens "$WORK/tokens.txt" "${common[@]}")
  measure h_read read "${http[@]}"
  measure h_page page "${http[@]}"
  measure h_search search "${http[@]}"
  measure h_create create "${http[@]}"
  local rss; rss=$(rss_mb)
  stop_app
  measure s_file_after "${sql[@]}" --query file
  measure s_phone_after "${sql[@]}" --query phone

  local f1p50 f1p99 f2p50 f2p99 p1p50 p1p99 p2p50 p2p99 fp50 fp99 pp50 pp99
  read -r _ _ f1p50 f1p99 _ <<< "$s_file"; read -r _ _ f2p50 f2p99 _ <<< "$s_file_after"
  read -r _ _ p1p50 p1p99 _ <<< "$s_phone"; read -r _ _ p2p50 p2p99 _ <<< "$s_phone_after"
  fp50=$(mean "$f1p50" "$f2p50"); fp99=$(mean "$f1p99" "$f2p99")
  pp50=$(mean "$p1p50" "$p2p50"); pp99=$(mean "$p1p99" "$p2p99")
  local rp99 gp99 sp99 creates engine
  read -r _ _ _ rp99 _ <<< "$h_read"; read -r _ _ _ gp99 _ <<< "$h_page"; read -r _ _ _ sp99 _ <<< "$h_search"
  read -r _ _ _ _ creates <<< "$h_create"
  if [ "$db" = postgresql ]; then engine=$(pg_engine); else engine=$(h2_engine); fi
  {
    echo
    echo "### $engine — $count cases"
    echo
    echo "- Data: $count cases over ten years (to yesterday) in six organisations ($(field share.organisations "$setup"))," \
      "$(field share.closed "$setup") closed; by type $(field types "$setup");" \
      "$(field share.withCompanions "$setup") of cases with companions ($(field companions "$setup") in all);" \
      "$(field phones "$setup") client phones (no phone $(field share.noPhone "$setup"), two" \
      "$(field share.twoPhones "$setup")); căn cước for $(field share.idNumber "$setup"), name for" \
      "$(field share.named "$setup"), children $(field share.children "$setup") of clients;" \
      "$(field numbers.distinct "$setup") distinct numbers, $(field numbers.shared "$setup") of them given by several" \
      "clients, the five most shared by $(field numbers.top5 "$setup") clients; $(field staff "$setup") case workers" \
      "and supervisors."
    if [ "$db" = h2 ] && [ "$count" != "$COUNT" ]; then
      echo "- Fewer cases than on PostgreSQL: H2 takes rows several times slower than PostgreSQL's COPY; a province on" \
        "the embedded database opens a few thousand cases a year, so this is still decades of one."
    fi
    echo "- Generation: ${generation_s} s in all; rows written at $(field load.rate "$setup") cases/s" \
      "($(field load.seconds "$setup") s), then $(field finish.seconds "$setup") s for counters and" \
      "$([ "$db" = postgresql ] && echo 'VACUUM ANALYZE' || echo 'ANALYZE and SHUTDOWN COMPACT')."
    echo "- Disk: $size."
    echo "- Application: resident memory after the runs ${rss} MB; CPU time per request (warm-up included):" \
      "API case file ${h_read_cpu} ms, HTML case file ${h_page_cpu} ms, search ${h_search_cpu} ms, open a case" \
      "${h_create_cpu} ms."
    echo
    echo "| Measure | Requests | Errors | p50 ms | p99 ms | per s | Baseline | p50 ratio | p99 ratio |"
    echo "|---|---|---|---|---|---|---|---|---|"
    row "SQL: a case file's statements, before (baseline)" "$s_file" "" "" ""
    row "SQL: a case file's statements, after (baseline)" "$s_file_after" "" "" ""
    row "SQL: case file statements + decryption" "$s_decrypt" "case file (mean)" "$fp50" "$fp99"
    row "SQL: case file statements + decryption + audit inserts, one transaction" "$s_audited" "case file (mean)" \
      "$fp50" "$fp99"
    row "GET /api/v1/cases/{id}" "$h_read" "case file (mean)" "$fp50" "$fp99"
    row "GET /cases/{id} (HTML page, session)" "$h_page" "case file (mean)" "$fp50" "$fp99"
    row "SQL: a phone search's statements, before (baseline)" "$s_phone" "" "" ""
    row "SQL: a phone search's statements, after (baseline)" "$s_phone_after" "" "" ""
    row "POST /api/v1/cases/search by phone" "$h_search" "phone search (mean)" "$pp50" "$pp99"
    row "POST /api/v1/cases with a companion (per s = cases opened per second)" "$h_create" "" "" ""
    echo
    echo "Latency by band (ms; supervisor/worker: who reads, open/closed: the case) — case file statements before:" \
      "$s_file_detail"
    echo
    echo "GET /api/v1/cases/{id} — $h_read_detail"
    echo
    echo "GET /cases/{id} — $h_page_detail"
    echo
    echo "Phone search statements before (own: a number of a case the user may read; other: of any case; unknown:" \
      "never given; once/repeat/shared: the number's band) — $s_phone_detail"
    echo
    echo "POST search — $h_search_detail"
    echo
    echo "POST cases (new: a number never seen; known: a readable case's number; +warned: the duplicate warning" \
      "answered, both requests counted as one) — $h_create_detail"
    if [ "$db" = postgresql ]; then
      echo
      echo "Targets (issue #4 §9, PostgreSQL, $CLIENTS clients): case file p99 ≤ 50 ms — HTML page ${gp99} ms," \
        "$(at_most "$gp99" 50), API ${rp99} ms, $(at_most "$rp99" 50); search by phone p99 ≤ 20 ms — ${sp99} ms," \
        "$(at_most "$sp99" 20); cases opened: ${creates}/s."
    fi
  } >> "$WORK/section.md"
}

run_databases

{
  echo
  echo "## Casework — case file, search by phone, opening a case — $(machine)"
  echo
  echo "\`bench/casework.sh\`: data from \`bench/casework/CaseGenerator.java\`, load from" \
    "\`bench/casework/CaseworkLoad.java\` on the same machine; $CLIENTS concurrent clients (closed loop), each acting" \
    "as one user (supervisors of the four largest organisations, then case workers on duty today), ${SECONDS_PER_RUN}s" \
    "per measure after a warm-up of a third of that. Reads ask for cases the user may read, 70 % of them open ones." \
    "Baselines: the statements the application runs for a case file (case, linked contacts, client, phones," \
    "companions, worker and supervisor with their roles and localities) and for a search by phone (the matching" \
    "cases' teams, the summaries of the readable ones, the organisations of the others) over JDBC, one connection per" \
    "client, no HTTP, security, transaction, decryption or audit unless said; measured with the application stopped," \
    "before and after the HTTP runs; ratios are against the mean of the two. Application JVM options \`$JVM_OPTS\`." \
    "Load average (1/5/15 min) at the start: $LOAD_START; at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  cat "$WORK/section.md"
} | if [ "${NO_RESULTS:-}" = 1 ]; then cat; else tee -a bench/RESULTS.md; fi
