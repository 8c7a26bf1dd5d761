#!/usr/bin/env bash
# Casework figures: the statements of one CaseFigures.count call for a year of a province, under EXPLAIN ANALYZE, on a
# generated PostgreSQL database of 500,000 cases (gen.sql). Prints each statement's execution time and buffers for a
# typical province, the same with the consent scope, and the busiest province (30% of all cases). Nothing is appended
# to bench/RESULTS.md: copy what matters there by hand, with the machine's load. These are the statements up to V9_2;
# since V10_2 the counts read one row per case (casework_case_figures) instead, measured by bench/reporting.sh.
# Settings (environment): PG_HOST (127.0.0.1), PG_USER (postgres), PG_DB (anhduong_figbench, dropped at the end unless
# KEEP=1), YEAR (2024), RUNS (3).
set -euo pipefail
cd "$(dirname "$0")"
PG_HOST=${PG_HOST:-127.0.0.1}; PG_USER=${PG_USER:-postgres}; PG_DB=${PG_DB:-anhduong_figbench}
YEAR=${YEAR:-2024}; RUNS=${RUNS:-3}
M=../../src/main/resources/db/migration
psql_() { psql -h "$PG_HOST" -U "$PG_USER" -v ON_ERROR_STOP=1 -q "$@"; }
psql_ -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB"
# Only casework's tables: the figures read nothing else.
for f in V6__casework V6_2__incidents V6_3__case_work V6_4__consents_closure V6_10__handovers \
         V6_11__trafficking_handover_moved V9_2__case_figures_indexes; do
  psql_ -d "$PG_DB" -f "$M/$f.sql"
done
time psql_ -d "$PG_DB" -f gen.sql
psql_ -d "$PG_DB" -c "VACUUM ANALYZE"
measure() { # label first-commune [consent]
  for run in $(seq "$RUNS"); do
    echo "== $1, run $run"
    ./queries.py "$2" "$YEAR" "${3:-}" | psql_ -d "$PG_DB" \
      | awk '/^(tallies|contexts|direct|handovers)$/ {name=$0; top=1; next}
             /Buffers:/ && top {buffers=$0; top=0} /Execution Time/ {printf "%-10s %s %s\n", name, $0, buffers}'
  done
}
measure "typical province" 100
measure "typical province, consent to statistics only" 100 consent
measure "busiest province" 0
[ "${KEEP:-}" = 1 ] || psql_ -c "DROP DATABASE $PG_DB"
