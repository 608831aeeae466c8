#!/usr/bin/env bash
# Shop benchmark (issue 13). Starts the packaged jar on PostgreSQL (a fresh database, the demo
# region loaded) and runs bench/ShopLoad.java against it over HTTP from the same machine, as guests
# ordering through POST /api/v1/shop/orders: a warm-up, then a flash sale (BUYERS buyers released
# together for UNITS units of the demo rice's 5 kg size), then steady checkouts of the demo tea set
# (CLIENTS buyers, each sending its next order when the last was answered, DURATION seconds),
# between two runs of the bare conditional stock update the product runs, from CLIENTS JDBC
# connections on the same row for the same time. Checkout has no per-address limit (the mail quota
# counts only sign-up and password-reset mails), so nothing is switched off for the load.
#
#   BUYERS=2000  UNITS=100  CLIENTS=16  DURATION=20 (s)  WARMUP=15 (s)
#   KEEP=1       keep the database and the folder with Musubi's log (musubi.log)
#   SKIP_BUILD=1 use target/ as built by an earlier run
#   APP_PORT=18093, PGHOST, PGPORT, PGUSER, PGPASSWORD as for scripts/test.sh
#
# The last line:  shop: flash sale N sold of N, oversold N, checkout p99 N ms, N.Nx of bare stock update
# where oversold is the units in the flash sale's orders beyond UNITS plus how far the count was
# ever seen below zero, p99 is the steady checkouts' 99th percentile and the ratio is steady
# checkouts per second over bare updates per second (the mean of the two bare runs).
# Goal: oversold 0, p99 <= 300 ms, >= 0.25x.
set -euo pipefail
cd "$(dirname "$0")/.."
app_port=${APP_PORT:-18093}

source bench/database.sh shop_bench
if [ "${SKIP_BUILD:-}" != "1" ]; then
	./mvnw -q -B -DskipTests package >&2
fi
jar=$(ls target/musubi-*.jar | grep -v '\.original$' | head -n 1)
driver=$(tr ':' '\n' <target/bench-classpath.txt | grep '/postgresql-[0-9.]*\.jar$' | head -n 1)

(cd "$work" && MUSUBI_DB_URL="jdbc:postgresql://$host:$port/$database" MUSUBI_DB_USER="$user" \
	MUSUBI_DB_PASSWORD="${PGPASSWORD:-}" exec java -jar "$OLDPWD/$jar" --server.port="$app_port" \
	--musubi.data-dir="$work/data" >"$work/musubi.log" 2>&1) &
app=$!
finish() {
	local code=$?
	kill "$app" 2>/dev/null || true
	wait "$app" 2>/dev/null || true
	return $code
}
trap 'finish; cleanup' EXIT
base="http://localhost:$app_port"
for _ in $(seq 1 180); do
	curl -sf "$base/actuator/health/readiness" >/dev/null && break
	sleep 1
done
curl -sf "$base/actuator/health/readiness" >/dev/null
grep -q 'Demo shop loaded' "$work/musubi.log" || { echo "the demo shop was not loaded" >&2; exit 1; }
echo "Load average before the load: $(cut -d ' ' -f 1-3 /proc/loadavg)"

BASE="$base" DB_URL="jdbc:postgresql://$host:$port/$database" DB_USER="$user" DB_PASSWORD="${PGPASSWORD:-}" \
	java -cp "$driver" bench/ShopLoad.java | while IFS= read -r line; do
	# The load average goes before the last line, which stays last.
	case $line in shop:*) echo "Load average after the load: $(cut -d ' ' -f 1-3 /proc/loadavg)" ;; esac
	echo "$line"
done
