#!/usr/bin/env bash
# Page benchmark (issue 11). Starts the packaged jar on PostgreSQL (a fresh database, the demo
# region loaded) and measures with wrk (2 threads, 16 connections, DURATION seconds each, default
# 8) the requests per second and the 99th percentile of each page a visitor meets: anonymous
# without cookies, then signed in as the demo member; against a bare answer through the same
# filter chain in the same run (/actuator/health/liveness: a constant, no database). It counts the
# rows of the session table before and after the anonymous runs.
#
# The last line:  pages: N.Nx of bare (worst page N.Nx), p99 N ms, anonymous sessions written N
# where the first figure is the median page's requests per second over bare's, the worst page is
# the slowest, and p99 is the worst page's 99th percentile. Goal: every page >= 0.3x of bare, p99
# <= 10x bare's, 0 sessions written.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-8}
app_port=${APP_PORT:-18090}

command -v wrk >/dev/null || {
	echo "Installing wrk" >&2
	env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq wrk >/dev/null
}
source bench/database.sh pages_bench
if [ "${SKIP_BUILD:-}" != "1" ]; then
	./mvnw -q -B -DskipTests package >&2
fi
jar=$(ls target/musubi-*.jar | grep -v '\.original$' | head -n 1)

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

sessions() {
	psql -h "$host" -p "$port" -U "$user" -d "$database" -tAc "SELECT count(*) FROM spring_session"
}

# wrk's requests per second and 99th percentile (ms) for a path, with extra headers.
measure() {
	local path=$1
	shift
	wrk -t2 -c16 -d"${duration}s" --latency "$@" "$base$path" | awk '
		/Requests\/sec/ { rps = $2 }
		/^ +99%/ { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 }; p99 = v }
		/Non-2xx/ { bad = $NF }
		END { printf "%.1f %.1f %d\n", rps, p99, bad }'
}

programme=$(curl -sf -H 'Accept: text/html' "$base/tourism" | grep -o 'href="/tourism/programmes/[^"?#/]*"' | head -n 1 |
	sed 's/href="//; s/"$//')
pages=(/ /work "/work?q=%E7%BF%BB%E8%A8%B3" /tourism "$programme" /broadcast /agents)

# The JIT compiles what the pages run before anything is measured.
for page in /actuator/health/liveness "${pages[@]}"; do
	wrk -t2 -c16 -d"${WARMUP:-4}s" -H 'Accept: text/html' "$base$page" >/dev/null
done

read -r bare_rps bare_p99 _ < <(measure /actuator/health/liveness)
echo "bare /actuator/health/liveness: $bare_rps requests/s, p99 $bare_p99 ms"

before=$(sessions)
results=()
for page in "${pages[@]}"; do
	read -r rps p99 bad < <(measure "$page" -H 'Accept: text/html')
	echo "anonymous $page: $rps requests/s, p99 $p99 ms, not 2xx $bad"
	results+=("$rps $p99")
done
after=$(sessions)

# Signed in as the demo member, with the form token of the sign-in page, as a browser does.
jar_file="$work/cookies.txt"
token=$(curl -sf -c "$jar_file" -H 'Accept: text/html' "$base/signin" |
	grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -sf -b "$jar_file" -c "$jar_file" -o /dev/null --data-urlencode "_csrf=$token" \
	--data-urlencode "email=member@demo.musubi.jp" --data-urlencode "password=yunomori-demo-2026" "$base/signin"
cookie=$(awk '{ sub(/^#HttpOnly_/, "") } !/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar_file")
signed_in=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" -H 'Accept: text/html' "$base/work/mine")
[ "$signed_in" = "200" ] || { echo "signing in as the demo member failed: /work/mine answered $signed_in" >&2; exit 1; }
for page in "${pages[@]}" /work/mine; do
	read -r rps p99 bad < <(measure "$page" -H 'Accept: text/html' -H "Cookie: $cookie")
	echo "signed in $page: $rps requests/s, p99 $p99 ms, not 2xx $bad"
	results+=("$rps $p99")
done

printf '%s\n' "${results[@]}" | awk -v bare="$bare_rps" -v written=$((after - before)) '
	{ ratio[NR] = $1 / bare; if ($2 > worst_p99) worst_p99 = $2 }
	END {
		n = asort(ratio)
		median = (n % 2) ? ratio[(n + 1) / 2] : (ratio[n / 2] + ratio[n / 2 + 1]) / 2
		printf "pages: %.1fx of bare (worst page %.1fx), p99 %d ms, anonymous sessions written %d\n",
			median, ratio[1], worst_p99, written
	}'
