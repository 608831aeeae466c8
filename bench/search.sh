#!/usr/bin/env bash
# Work search benchmark (issue 3). Compares the product's search of published work requests
# (RequestSearch: Hibernate Search on Lucene with the Japanese analyzer, the service the /work
# page calls) with a naive search on PostgreSQL:
#
#   SELECT ... FROM work_request WHERE status = 'PUBLISHED'
#     AND (title ILIKE '%words%' OR description ILIKE '%words%') ORDER BY published_at DESC LIMIT 20
#   plus SELECT count(*) with the same condition
#
# From nothing: makes sure the local PostgreSQL runs (scripts/postgres.sh), creates a database
# musubi_bench_*, starts Musubi on it (migrations applied, no demo data), inserts N generated work
# requests (JDBC batches), builds the Lucene index with Hibernate Search's mass indexer, then runs
# a fixed set of labelled Japanese queries: WARMUP rounds, then RUNS timed rounds, round robin.
# The generator knows what each request is about, so recall (relevant requests found among all
# hits) is measured for both methods. The Java side is src/test/java/jp/musubi/bench/SearchBench.java,
# run on the test class path; no test runs it.
#
#   N=100000  requests generated          RUNS=20   timed runs per query and method
#   WARMUP=3  untimed rounds first        SEED=42   the generator's seed (same seed, same requests)
#   KEEP=1    keep the database and the folder with the index and the log (musubi.log)
#   SKIP_BUILD=1  use target/ as built by an earlier run
#   PGHOST, PGPORT, PGUSER, PGPASSWORD as for scripts/test.sh
#
# The last line:  search: p50 speedup vs LIKE N.Nx, recall product N% vs LIKE N%
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/database.sh musubi_bench

BENCH_DB_URL="jdbc:postgresql://$host:$port/$database?reWriteBatchedInserts=true" BENCH_DATA_DIR="$work" \
	java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	jp.musubi.bench.SearchBench
