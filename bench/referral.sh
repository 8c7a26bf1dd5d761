#!/usr/bin/env bash
# Referral benchmark (issue #5 §8): the partner inbox over COUNT generated referrals (default 100,000: two years of a
# province's network) on PostgreSQL (and optionally embedded H2), next to the raw SQL of the same read measured in the
# same run. Appends a section to bench/RESULTS.md.
#
# Per database: a fresh database; the application starts once to migrate; bench/referral/ReferralGenerator.java fills
# it directly (ORGS partner organisations of Zipf-distributed size, two partner users and one service each, the
# referrals with their history and their texts encrypted under the application's keys); then, with the application
# stopped, the inbox's statement over JDBC (the baseline); then, with the application running (JVM options as in
# platform.sh), as the partner users of the largest organisations: GET /api/v1/referrals/inbox (API token; the
# decryption of the shared texts and the read's audit event included); finally the baseline once more.
#
# Settings (environment): COUNT (100000), ORGS (200), H2_COUNT (default the smaller of COUNT and 50,000), DATABASES
# ("postgresql"; add h2 for the embedded database), CLIENTS (20), SECONDS_PER_RUN (30), PORT (18093), PG_DB
# (anhduong_rfbench, dropped at the end), SKIP_BUILD=1, KEEP=1 (keep the database and the work directory), WORK_DIR,
# NO_RESULTS=1 (print the section without appending it to bench/RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${COUNT:-100000}
ORGS=${ORGS:-200}
H2_LIMIT=50000
DATABASES=${DATABASES:-postgresql}
PORT=${PORT:-18093}
PG_DB=${PG_DB:-anhduong_rfbench}
LOAD=bench/referral/ReferralLoad.java
. bench/lib.sh

prepare referral-bench
export BENCH_PARTNER_PASSWORD="Bench-Partner-$RANDOM-$RANDOM"

# The application must read what the generator wrote: the first partner's inbox answers with decrypted texts.
check_generated() { # token
  local inbox; inbox=$(curl -sf -H "Authorization: Bearer $1" "$BASE/api/v1/referrals/inbox" || true)
  echo "$inbox" | grep -qF '"sharedInformation":"Đồng ý chia sẻ' \
    || { echo "the generated referrals do not read back decrypted in the inbox" >&2; exit 1; }
}

bench() { # database count
  local db=$1 count=$2 url out="$WORK/$1-out"
  url=$(jdbc_url "$db")
  echo "== $db: $count referrals" >&2
  fresh_database "$db"
  local started; started=$(date +%s)
  timeout 2h "$JAVA" -Xmx1g -cp "$CP" bench/referral/ReferralGenerator.java --url "$url" --count "$count" \
    --orgs "$ORGS" --out "$out" > "$WORK/generate-$db.log"
  local generation_s=$(( $(date +%s) - started ))
  tail -1 "$WORK/generate-$db.log" >&2
  local setup="$out/setup.properties" size
  if [ "$db" = postgresql ]; then
    size=$($PG -d "$PG_DB" -Atc "SELECT pg_size_pretty(pg_total_relation_size('referral_referrals')) || ' referrals, '
      || pg_size_pretty(pg_total_relation_size('referral_steps')) || ' steps (with their indexes)'")
  else
    size="$(du -sh "$WORK/h2-data/db" | cut -f1) database file"
  fi
  local sql=(sql --url "$url" --users "$out/users.tsv")
  measure s_inbox "${sql[@]}"
  start_app "$db"
  issue_tokens "$(head -"$CLIENTS" "$out/users.tsv" | cut -f1 | paste -sd,)" "$BENCH_PARTNER_PASSWORD" "$WORK/tokens.txt"
  check_generated "$(head -1 "$WORK/tokens.txt")"
  measure h_inbox inbox --base "$BASE" --tokens "$WORK/tokens.txt"
  local rss; rss=$(rss_mb)
  stop_app
  measure s_inbox_after "${sql[@]}"

  local b1p50 b1p99 b2p50 b2p99 bp50 bp99 hp99 engine
  read -r _ _ b1p50 b1p99 _ <<< "$s_inbox"; read -r _ _ b2p50 b2p99 _ <<< "$s_inbox_after"
  bp50=$(mean "$b1p50" "$b2p50"); bp99=$(mean "$b1p99" "$b2p99")
  read -r _ _ _ hp99 _ <<< "$h_inbox"
  if [ "$db" = postgresql ]; then engine=$(pg_engine); else engine=$(h2_engine); fi
  {
    echo
    echo "### $engine — $count referrals"
    echo
    echo "- Data: $count referrals over two years to $ORGS partner organisations (Zipf: the largest receives about" \
      "$(awk -v n="$ORGS" 'BEGIN { s = 0; for (i = 1; i <= n; i++) s += 1 / i; printf "%.0f %%", 100 / s }') of them)," \
      "$(field sent "$setup") still unanswered; the load's users are partners of the $CLIENTS largest."
    echo "- Generation: ${generation_s} s in all, rows at $(field load.rate "$setup") referrals/s. Disk: $size."
    echo "- Application: resident memory after the runs ${rss} MB; CPU time per inbox request (warm-up included)" \
      "${h_inbox_cpu} ms."
    echo
    echo "| Measure | Requests | Errors | p50 ms | p99 ms | per s | Baseline | p50 ratio | p99 ratio |"
    echo "|---|---|---|---|---|---|---|---|---|"
    row "SQL: the inbox statement, before (baseline)" "$s_inbox" "" "" ""
    row "SQL: the inbox statement, after (baseline)" "$s_inbox_after" "" "" ""
    row "GET /api/v1/referrals/inbox (200 newest, decrypted, audited)" "$h_inbox" "inbox statement (mean)" "$bp50" "$bp99"
    echo
    echo "Inbox statement before (full: 200 referrals listed, partial: fewer) — $s_inbox_detail"
    echo
    echo "GET /api/v1/referrals/inbox — $h_inbox_detail"
  } >> "$WORK/section.md"
}

run_databases

{
  echo
  echo "## Referral — partner inbox — $(machine)"
  echo
  echo "\`bench/referral.sh\`: data from \`bench/referral/ReferralGenerator.java\`, load from" \
    "\`bench/referral/ReferralLoad.java\` on the same machine; $CLIENTS concurrent clients (closed loop), each a" \
    "partner user reading her organisation's inbox, ${SECONDS_PER_RUN}s per measure after a warm-up of a third of" \
    "that. Baseline: the application's inbox statement over JDBC (no HTTP, security, decryption or audit), before and" \
    "after the HTTP run; ratios against their mean. Application JVM options \`$JVM_OPTS\`. Load average (1/5/15 min)" \
    "at the start: $LOAD_START; at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  cat "$WORK/section.md"
} | if [ "${NO_RESULTS:-}" = 1 ]; then cat; else tee -a bench/RESULTS.md; fi
