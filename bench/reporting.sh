#!/usr/bin/env bash
# Reporting benchmark (issue #6 §5): a one-year summary (GET /api/v1/reports/summary) for the whole province and for
# its busiest commune over COUNT_CONTACTS hotline contacts (default 5,000,000: ten years of a line) and COUNT_CASES
# cases (default 500,000) in one PostgreSQL database, each next to the raw SQL aggregate of the same period and scope
# measured in the same run, so the ratios mean something on a noisy machine; and the live-call screen's caller lookup
# alone and while dashboards are being read. Appends a section to bench/RESULTS.md.
#
# One fresh database; the application starts once to migrate; bench/hotline/ContactGenerator.java then
# bench/casework/CaseGenerator.java fill it directly (COPY, the application's encryption and blind indexes, the same
# keys); the hotline's contact figures are rebuilt with the application's own maintenance command
# (`java -jar anhduong.jar hotline-figures rebuild`, then `case-figures rebuild` for the cases' rows, with the
# application stopped): bulk loading bypasses the rollup
# that saving a contact keeps, and the command recomputes it with the same statements as the background job, however
# much was loaded and whichever migrations ran before; then VACUUM ANALYZE. With the application stopped, the baseline
# (bench/reporting/ReportingLoad.java sql) for the province and the commune, at one client and at CLIENTS; then, with
# the application running (JVM options as in platform.sh), as the administrator with an API token: the lookup
# (bench/hotline/HotlineLoad.java, counsellors' tokens, paced) alone; the summary for the province and the commune at
# one client and at CLIENTS; the paced lookup again while CLIENTS clients read the province's summary in a closed loop,
# then alone again; finally the baselines once more, to see how much the machine drifted.
#
# The period is the last full calendar year of the data (it ends yesterday), Vietnam time. The commune is the one with
# the most contacts in that year; the contacts' communes are Quảng Ninh's (LOCALITIES_PROVINCE, default 22), busier
# towards the provincial city, as a provincial line's calls are (Zipf weights in code order, see ContactGenerator); the
# cases' communes are their organisation's province's, weighted the same way (CASE_COMMUNES zipf, or even), so the
# busiest commune of the calls (a quarter of the cases are Quảng Ninh's) is the busiest of the cases too.
#
# Settings (environment): COUNT_CONTACTS (5000000), COUNT_CASES (500000), CLIENTS (4: the summary is a heavy read),
# SECONDS_PER_RUN (30), LOOKUP_CLIENTS (20), LOOKUP_RATE (50 lookups/s in all), YEAR (default the last full calendar
# year), LOCALITIES_PROVINCE (22; empty: every commune of the country, evenly), CASE_COMMUNES (zipf; or even), PORT
# (18094), PG_DB (anhduong_rpbench, dropped at the end), SKIP_BUILD=1, KEEP=1 (keep the database and the work
# directory), WORK_DIR (default a new directory under /tmp), NO_RESULTS=1 (print the section without appending it to
# bench/RESULTS.md).
# A smoke run: COUNT_CONTACTS=50000 COUNT_CASES=5000 SECONDS_PER_RUN=5 NO_RESULTS=1 bench/reporting.sh
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT_CONTACTS=${COUNT_CONTACTS:-5000000}
COUNT_CASES=${COUNT_CASES:-500000}
# lib.sh's COUNT and H2_LIMIT: this benchmark runs on PostgreSQL only (the figures at this size are PostgreSQL's target).
COUNT=$COUNT_CONTACTS
H2_LIMIT=$COUNT
CLIENTS=${CLIENTS:-4}
LOOKUP_CLIENTS=${LOOKUP_CLIENTS:-20}
LOOKUP_RATE=${LOOKUP_RATE:-50}
LOCALITIES_PROVINCE=${LOCALITIES_PROVINCE-22}
CASE_COMMUNES=${CASE_COMMUNES:-zipf}
PORT=${PORT:-18094}
PG_DB=${PG_DB:-anhduong_rpbench}
LOAD=bench/reporting/ReportingLoad.java
LOOKUP_LOAD=bench/hotline/HotlineLoad.java
. bench/lib.sh

YEAR=${YEAR:-$(( $(TZ=Asia/Ho_Chi_Minh date +%Y) - 1 ))}
FROM=$YEAR-01-01
TO=$YEAR-12-31
# The period as instants, for psql: [first day 00:00, next year's first day 00:00) in Vietnam (UTC+7, no summer time).
PERIOD="received_at >= '$FROM 00:00+07' AND received_at < '$((YEAR + 1))-01-01 00:00+07'"
OPENED="opened_at >= '$FROM 00:00+07' AND opened_at < '$((YEAR + 1))-01-01 00:00+07'"

prepare reporting-bench
export BENCH_COUNSELLOR_PASSWORD="Bench-Counsellor-$RANDOM-$RANDOM"
export BENCH_CASEWORKER_PASSWORD="Bench-Caseworker-$RANDOM-$RANDOM"

# A maintenance command of the application against the benchmark's database (the application stopped); its output
# and log in $WORK/commands.log.
run_command() { # command args…
  env ANHDUONG_DATA_DIR="$WORK/postgresql-data" SPRING_DATASOURCE_URL="$(jdbc_url postgresql)" \
    SPRING_DATASOURCE_USERNAME=postgres "$JAVA" $JVM_OPTS -jar "$JAR" "$@" >> "$WORK/commands.log" 2>&1
}

sql1() { $PG -d "$PG_DB" -Atc "$1"; }

# A figure of the summary's answer, or nothing.
indicator() { # json key
  echo "$1" | grep -o "\"$2\":[0-9][0-9]*" | head -1 | cut -d: -f2
}

# The summary API answers with the records' own counts (an error stops the run before anything is measured).
check_summary() { # label query expected-contacts expected-cases-opened; sets CHECK_<label>
  local label=$1 query=$2 body status contacts opened
  status=$(curl -s -o "$WORK/summary-$label.json" -w '%{http_code}' -H "Authorization: Bearer $(head -1 "$WORK/admin-token.txt")" \
    "$BASE/api/v1/reports/summary?$query" || true)
  body=$(cat "$WORK/summary-$label.json" 2>/dev/null || true)
  if [ "$status" = 404 ]; then
    echo "GET /api/v1/reports/summary answers 404: this build has no summary API (issue #6 §2)" >&2; exit 1
  fi
  [ "$status" = 200 ] || { echo "GET /api/v1/reports/summary?$query answers $status: $(echo "$body" | head -c 300)" >&2; exit 1; }
  contacts=$(indicator "$body" contacts.total); opened=$(indicator "$body" cases.opened)
  # The contacts must all be counted, or the rollup was not rebuilt and the figures would mean nothing.
  [ "$contacts" = "$3" ] || { echo "$label: the summary counts $contacts contacts, the records hold $3" >&2; exit 1; }
  # Cases: reported, not enforced (the summary's counting rules are the application's; see the section's checks).
  printf -v "CHECK_$label" '%s' "contacts.total $contacts (records $3), cases.opened ${opened:-absent} (records $4)$(
    [ "$opened" = "$4" ] && echo ', equal' || echo ', **different**')"
}

bench() {
  local url out_c="$WORK/contacts-out" out_k="$WORK/cases-out"
  url=$(jdbc_url postgresql)
  echo "== postgresql: $COUNT_CONTACTS contacts, $COUNT_CASES cases" >&2
  fresh_database postgresql

  local started; started=$(date +%s)
  timeout 4h "$JAVA" -Xmx1g -cp "$CP" bench/hotline/ContactGenerator.java --url "$url" --count "$COUNT_CONTACTS" \
    --out "$out_c" ${LOCALITIES_PROVINCE:+--localities-province "$LOCALITIES_PROVINCE"} > "$WORK/generate-contacts.log"
  local contacts_s=$(( $(date +%s) - started ))
  tail -1 "$WORK/generate-contacts.log" >&2
  started=$(date +%s)
  timeout 4h "$JAVA" -Xmx1g -cp "$CP" bench/casework/CaseGenerator.java --url "$url" --count "$COUNT_CASES" \
    --out "$out_k" --commune-weights "$CASE_COMMUNES" > "$WORK/generate-cases.log"
  local cases_s=$(( $(date +%s) - started ))
  tail -1 "$WORK/generate-cases.log" >&2
  local setup_c="$out_c/setup.properties" setup_k="$out_k/setup.properties"

  started=$(date +%s)
  # Whether every contact was counted is checked below through the API itself (contacts.total against the records).
  run_command hotline-figures rebuild || {
    echo "the hotline's contact figures could not be rebuilt (java -jar anhduong.jar hotline-figures rebuild):" >&2
    tail -20 "$WORK/commands.log" >&2; exit 1; }
  local rollup_s=$(( $(date +%s) - started ))
  grep "^Hotline figures" "$WORK/commands.log" >&2 || true
  started=$(date +%s)
  # The same for the reports' row of each case (casework_case_figures), which opening a case through the application keeps.
  run_command case-figures rebuild || {
    echo "the case figures could not be rebuilt (java -jar anhduong.jar case-figures rebuild):" >&2
    tail -20 "$WORK/commands.log" >&2; exit 1; }
  local case_rows_s=$(( $(date +%s) - started ))
  grep "^Case figures" "$WORK/commands.log" >&2 || true
  started=$(date +%s)
  $PG -d "$PG_DB" -c "VACUUM ANALYZE"
  local vacuum_s=$(( $(date +%s) - started ))

  # The scopes and what the records hold for them.
  local commune commune_contacts commune_name
  read -r commune commune_contacts <<< "$(sql1 "SELECT locality_code || ' ' || COUNT(*) FROM hotline_contacts
    WHERE $PERIOD AND locality_code IS NOT NULL GROUP BY locality_code ORDER BY COUNT(*) DESC, locality_code LIMIT 1")"
  [ -n "$commune" ] || { echo "no contact of $YEAR has a commune" >&2; exit 1; }
  commune_name=$(sql1 "SELECT name FROM localities WHERE code = '$commune' AND valid_to IS NULL")
  local year_contacts year_gbv year_located year_opened year_active commune_opened size
  year_contacts=$(sql1 "SELECT COUNT(*) FROM hotline_contacts WHERE $PERIOD")
  year_gbv=$(sql1 "SELECT COUNT(*) FROM hotline_contacts WHERE $PERIOD AND gbv_related")
  year_located=$(sql1 "SELECT COUNT(*) FROM hotline_contacts WHERE $PERIOD AND locality_code IS NOT NULL")
  year_opened=$(sql1 "SELECT COUNT(*) FROM casework_cases WHERE $OPENED")
  year_active=$(sql1 "SELECT COUNT(*) FROM casework_cases WHERE opened_at < '$((YEAR + 1))-01-01 00:00+07'
    AND (closed_at IS NULL OR closed_at >= '$((YEAR + 1))-01-01 00:00+07')")
  commune_opened=$(sql1 "SELECT COUNT(*) FROM casework_cases WHERE $OPENED AND commune_code = '$commune'")
  size=$(sql1 "SELECT pg_size_pretty(pg_database_size('$PG_DB')) || ' database, of which hotline_contacts '
    || pg_size_pretty(pg_total_relation_size('hotline_contacts')) || ' with its indexes, casework_cases '
    || pg_size_pretty(pg_total_relation_size('casework_cases')) || ' with its indexes, the contact figures'' rollup '
    || pg_size_pretty(COALESCE((SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c WHERE c.relkind = 'r'
       AND c.relname IN ('hotline_contact_daily', 'hotline_contact_category_daily', 'hotline_contact_monthly',
                         'hotline_contact_category_monthly')), 0))")
  echo "  $YEAR: $year_contacts contacts, $year_opened cases opened; commune $commune ($commune_name):" \
    "$commune_contacts contacts, $commune_opened cases opened" >&2

  local province=(--from "$FROM" --to "$TO") in_commune=(--from "$FROM" --to "$TO" --commune "$commune")
  local sql=(sql --url "$url")
  CLIENTS=1 measure s_p1 "${sql[@]}" "${province[@]}"
  measure s_pc "${sql[@]}" "${province[@]}"
  CLIENTS=1 measure s_c1 "${sql[@]}" "${in_commune[@]}"
  measure s_cc "${sql[@]}" "${in_commune[@]}"

  start_app postgresql SPRING_APPLICATION_JSON="$(cat "$out_k/app.json")"
  issue_tokens admin "$ANHDUONG_ADMIN_PASSWORD" "$WORK/admin-token.txt"
  issue_tokens "$(field counsellors "$setup_c" | tr , '\n' | tail -"$LOOKUP_CLIENTS" | paste -sd,)" \
    "$BENCH_COUNSELLOR_PASSWORD" "$WORK/lookup-tokens.txt"
  # The application must find what the generator wrote, or the lookup figures would mean nothing.
  local phone expected found
  phone=$(field check.phone "$setup_c"); expected=$(field check.count "$setup_c")
  found=$(curl -sf -H "Authorization: Bearer $(head -1 "$WORK/lookup-tokens.txt")" \
    "$BASE/api/v1/callers/lookup?phone=0${phone#+84}" | sed 's/.*"contactCount":\([0-9]*\).*/\1/' || true)
  [ "$found" = "$expected" ] || { echo "lookup of the heaviest caller found $found contacts, expected $expected" >&2; exit 1; }

  local lookup=(lookup --base "$BASE" --tokens "$WORK/lookup-tokens.txt" --callers "$out_c/callers.tsv"
    --rate "$LOOKUP_RATE")
  CLIENTS=$LOOKUP_CLIENTS LOAD=$LOOKUP_LOAD measure h_lookup "${lookup[@]}"

  check_summary province "from=$FROM&to=$TO" "$year_contacts" "$year_opened"
  check_summary commune "from=$FROM&to=$TO&commune=$commune" "$commune_contacts" "$commune_opened"
  local summary=(summary --base "$BASE" --tokens "$WORK/admin-token.txt")
  CLIENTS=1 measure h_p1 "${summary[@]}" "${province[@]}"
  measure h_pc "${summary[@]}" "${province[@]}"
  CLIENTS=1 measure h_c1 "${summary[@]}" "${in_commune[@]}"
  measure h_cc "${summary[@]}" "${in_commune[@]}"

  # Dashboards and the live-call screen together: CLIENTS clients read the province's summary in a closed loop from
  # before the lookups' warm-up to after their measure (ten seconds more, to cover the start of either program).
  "$JAVA" -Xmx1g -cp "$CP" "$LOAD" "${summary[@]}" "${province[@]}" --band "province, with lookups" \
    --clients "$CLIENTS" --seconds $((SECONDS_PER_RUN + 10)) > "$WORK/dashboards.out" &
  local dashboards=$!
  CLIENTS=$LOOKUP_CLIENTS LOAD=$LOOKUP_LOAD measure h_busy "${lookup[@]}"
  wait "$dashboards"
  # The lookup alone once more: the application is warmer now than at the first run.
  CLIENTS=$LOOKUP_CLIENTS LOAD=$LOOKUP_LOAD measure h_lookup_after "${lookup[@]}"
  local h_dash h_dash_detail
  h_dash=$(sed -n 1p "$WORK/dashboards.out"); h_dash_detail=$(sed -n 2p "$WORK/dashboards.out" | sed 's/^total=[0-9]* //')
  echo "  h_dash: $h_dash" >&2
  local rss; rss=$(rss_mb)
  stop_app

  CLIENTS=1 measure s_p1_after "${sql[@]}" "${province[@]}"
  measure s_pc_after "${sql[@]}" "${province[@]}"
  CLIENTS=1 measure s_c1_after "${sql[@]}" "${in_commune[@]}"
  measure s_cc_after "${sql[@]}" "${in_commune[@]}"

  # Baselines: the mean of before and after, per scope and number of clients.
  local k a b a50 a99 b50 b99
  for k in p1 pc c1 cc; do
    a="s_$k"; b="s_${k}_after"
    read -r _ _ a50 a99 _ <<< "${!a}"; read -r _ _ b50 b99 _ <<< "${!b}"
    printf -v "m_${k}_50" '%s' "$(mean "$a50" "$b50")"; printf -v "m_${k}_99" '%s' "$(mean "$a99" "$b99")"
  done
  local p1p99 pcp99 c1p99 ccp99 lp50 lp99 bp50 bp99
  read -r _ _ _ p1p99 _ <<< "$h_p1"; read -r _ _ _ pcp99 _ <<< "$h_pc"
  read -r _ _ _ c1p99 _ <<< "$h_c1"; read -r _ _ _ ccp99 _ <<< "$h_cc"
  read -r _ _ a50 a99 _ <<< "$h_lookup"; read -r _ _ b50 b99 _ <<< "$h_lookup_after"
  lp50=$(mean "$a50" "$b50"); lp99=$(mean "$a99" "$b99")
  read -r _ _ bp50 bp99 _ <<< "$h_busy"
  {
    echo
    echo "### $(pg_engine) — $COUNT_CONTACTS contacts, $COUNT_CASES cases"
    echo
    echo "- Data: $COUNT_CONTACTS contacts over ten years (to yesterday) from bench/hotline/ContactGenerator.java (data" \
      "contacts $(field share.data "$setup_c"), GBV-related $(field share.gbv "$setup_c"); a commune on about 70 % of" \
      "data contacts, $([ -n "$LOCALITIES_PROVINCE" ] && echo "province $LOCALITIES_PROVINCE's communes, Zipf-weighted in" \
      "code order" || echo "any commune of the country, evenly")); $COUNT_CASES cases from" \
      "bench/casework/CaseGenerator.java ($(field share.closed "$setup_k") closed; six organisations in five provinces," \
      "$(field share.organisations "$setup_k"); communes of the organisation's province, $([ "$CASE_COMMUNES" = zipf ] \
      && echo "Zipf-weighted in code order" || echo "evenly"))."
    echo "- Period: $FROM to $TO (Vietnam time): $year_contacts contacts ($year_gbv GBV-related, $year_located with a" \
      "commune), $year_opened cases opened, $year_active cases open at its end. Commune: $commune ($commune_name)," \
      "the one with the most contacts in the period: $commune_contacts contacts, $commune_opened cases opened."
    echo "- Generation: contacts ${contacts_s} s ($(field load.rate "$setup_c") contacts/s), cases ${cases_s} s" \
      "($(field load.rate "$setup_k") cases/s); the contact figures rebuilt by \`hotline-figures rebuild\` in" \
      "${rollup_s} s and the cases' rows for the reports by \`case-figures rebuild\` in ${case_rows_s} s (application" \
      "stopped; bulk loading bypasses what the application keeps); VACUUM ANALYZE" \
      "${vacuum_s} s."
    echo "- Disk: $size."
    echo "- Checks before measuring (the administrator's summary against the records): province — $CHECK_province;" \
      "commune — $CHECK_commune."
    echo "- Application: resident memory after the runs ${rss} MB; CPU time per request (warm-up included): summary" \
      "province ${h_p1_cpu} ms (1 client), ${h_pc_cpu} ms ($CLIENTS clients); commune ${h_c1_cpu} ms, ${h_cc_cpu} ms;" \
      "lookup ${h_lookup_cpu} ms."
    echo
    echo "| Measure | Requests | Errors | p50 ms | p99 ms | per s | Baseline | p50 ratio | p99 ratio |"
    echo "|---|---|---|---|---|---|---|---|---|"
    row "SQL aggregate, province, 1 client, before (baseline)" "$s_p1" "" "" ""
    row "SQL aggregate, province, 1 client, after (baseline)" "$s_p1_after" "" "" ""
    row "SQL aggregate, province, $CLIENTS clients, before (baseline)" "$s_pc" "" "" ""
    row "SQL aggregate, province, $CLIENTS clients, after (baseline)" "$s_pc_after" "" "" ""
    row "GET /api/v1/reports/summary, one year, province, 1 client" "$h_p1" "SQL province 1 (mean)" "$m_p1_50" "$m_p1_99"
    row "GET /api/v1/reports/summary, one year, province, $CLIENTS clients" "$h_pc" "SQL province $CLIENTS (mean)" \
      "$m_pc_50" "$m_pc_99"
    row "SQL aggregate, commune, 1 client, before (baseline)" "$s_c1" "" "" ""
    row "SQL aggregate, commune, 1 client, after (baseline)" "$s_c1_after" "" "" ""
    row "SQL aggregate, commune, $CLIENTS clients, before (baseline)" "$s_cc" "" "" ""
    row "SQL aggregate, commune, $CLIENTS clients, after (baseline)" "$s_cc_after" "" "" ""
    row "GET /api/v1/reports/summary, one year, commune, 1 client" "$h_c1" "SQL commune 1 (mean)" "$m_c1_50" "$m_c1_99"
    row "GET /api/v1/reports/summary, one year, commune, $CLIENTS clients" "$h_cc" "SQL commune $CLIENTS (mean)" \
      "$m_cc_50" "$m_cc_99"
    row "GET /api/v1/callers/lookup, $LOOKUP_CLIENTS clients paced at $LOOKUP_RATE/s in all, alone, before" \
      "$h_lookup" "" "" ""
    row "GET /api/v1/callers/lookup, the same, alone, after" "$h_lookup_after" "" "" ""
    row "GET /api/v1/callers/lookup, the same, while $CLIENTS clients read the province's summary" "$h_busy" \
      "lookup alone (mean)" "$lp50" "$lp99"
    local l50 l99; read -r _ _ l50 l99 _ <<< "$h_pc"
    row "GET /api/v1/reports/summary, province, $CLIENTS clients, while the lookups run" "$h_dash" \
      "summary province $CLIENTS" "$l50" "$l99"
    echo
    echo "SQL aggregate, province, $CLIENTS clients, before — $s_pc_detail"
    echo
    echo "Summary, province, $CLIENTS clients — $h_pc_detail"
    echo
    echo "Summary, commune, $CLIENTS clients — $h_cc_detail"
    echo
    echo "Lookup alone, before — $h_lookup_detail"
    echo
    echo "Lookup while dashboards are read — $h_busy_detail"
    echo
    echo "Summary while lookups run — $h_dash_detail"
    echo
    echo "Lookup alone, after — $h_lookup_after_detail"
    echo
    echo "Targets (issue #6 §5, PostgreSQL): one-year summary for the province p99 ≤ 500 ms — ${p1p99} ms at 1 client," \
      "$(at_most "$p1p99" 500), ${pcp99} ms at $CLIENTS clients, $(at_most "$pcp99" 500); for one commune p99 ≤ 200 ms" \
      "— ${c1p99} ms at 1 client, $(at_most "$c1p99" 200), ${ccp99} ms at $CLIENTS clients, $(at_most "$ccp99" 200);" \
      "dashboards must not slow the live-call screen — lookup alone (mean of before and after) → while the summary is" \
      "read: p50 ${lp50} → ${bp50} ms (ratio $(ratio "$bp50" "$lp50"))," \
      "p99 ${lp99} → ${bp99} ms (ratio $(ratio "$bp99" "$lp99")) while $CLIENTS clients read the summary (the issue" \
      "sets no figure: the ratios are the measure)."
  } >> "$WORK/section.md"
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
bench

{
  echo
  echo "## Reporting — one-year summary, province and commune, and the live-call lookup beside it — $(machine)"
  echo
  echo "\`bench/reporting.sh\`: data from \`bench/hotline/ContactGenerator.java\` and" \
    "\`bench/casework/CaseGenerator.java\` in one database, load from \`bench/reporting/ReportingLoad.java\` (summary," \
    "baseline) and \`bench/hotline/HotlineLoad.java\` (lookup) on the same machine; ${SECONDS_PER_RUN}s per measure" \
    "after a warm-up of a third of that; the summary at 1 and $CLIENTS concurrent clients (closed loop) as the" \
    "administrator (API token), the lookup as $LOOKUP_CLIENTS counsellors paced at $LOOKUP_RATE lookups/s in all" \
    "(late answers count from when they were due). Baseline: the raw SQL aggregate of the same period and scope over" \
    "JDBC, one connection per client, no HTTP, security, rollup, audit or JSON — five statements one after the other:" \
    "contacts received in the period GROUP BY contact_type, channel, urgency, gbv_related; distinct contacts by" \
    "top-level category (contacts ⋈ their categories ⋈ the category tree); cases GROUP BY case_type opened in the" \
    "period, closed in it (closed_at), and open at its end (opened before it, closed_at empty or after it); with a" \
    "commune, each filtered on the contacts' locality_code or the cases' commune_code. Not in the baseline although" \
    "the summary counts them: emergency support, care, hand-overs, referrals, shelter (not generated) and the cases'" \
    "GBVIMS types (no incidents generated). Measured with the application stopped, before and after the HTTP runs;" \
    "ratios are against the mean of the two at the same number of clients. Application JVM options \`$JVM_OPTS\`." \
    "Load average (1/5/15 min) at the start: $LOAD_START; at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  cat "$WORK/section.md"
} | if [ "${NO_RESULTS:-}" = 1 ]; then cat; else tee -a bench/RESULTS.md; fi
