#!/usr/bin/env bash
# Tourism figures benchmark (issue 4). Generates a region's guests and check-ins in a fresh
# PostgreSQL database, rebuilds the figure rollups with the product's own refresh code, then
# times the dashboard's check-in figures (visitors by target area per month, repeat rate,
# retention cohorts, guests per facility and area this month) three ways on the same rows:
#   (a) the product: Figures, the service the /tourism/figures page calls, over the rollups
#   (b) naive SQL over the raw check_in table on PostgreSQL
#   (c) the same SQL in DuckDB (in-process, test scope only) over the check-ins exported as CSV
# The three must give the same answers (counts the page suppresses are not compared). Then it
# adds 10,000 check-ins and times the product's incremental refresh: how stale figures can get.
# The line "figures audit:" times choosing and auditing the shared figures (issue 10): this month
# for the agent and every facility, and a month built to be hard (at least 40 facilities, half
# their counts small) for the agent and for each facility.
# The Java side is src/test/java/jp/musubi/tourism/figures/CrmBench.java, run on the test class
# path; no test runs it.
#
#   GUESTS=1000000     guests generated         CHECK_INS=10000000  check-ins generated
#   FACILITIES=20      facilities generated
#   RUNS=5             timed runs per method (median; one untimed run first)
#   KEEP=1             keep the database and the folder with the CSV and the log (musubi.log)
#   SKIP_BUILD=1       use target/ as built by an earlier run
#   PGHOST, PGPORT, PGUSER, PGPASSWORD as for scripts/test.sh
#
# The last line:  crm: dashboard N ms, N.Nx vs naive SQL, N.Nx of DuckDB
# Both ratios are the product's speed as a multiple of the other's: "N.Nx vs naive SQL" is naive
# time / product time (goal >= 10), "N.Nx of DuckDB" is DuckDB time / product time (goal >= 0.5,
# that is within 2x of DuckDB).
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/database.sh musubi_crm_bench

BENCH_DB_URL="jdbc:postgresql://$host:$port/$database" BENCH_DATA_DIR="$work" \
	java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	jp.musubi.tourism.figures.CrmBench
