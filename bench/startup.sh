#!/usr/bin/env bash
# Startup benchmark (issue 2). Starts the packaged jar on the embedded default (H2 under ./data,
# demo data loaded, mail to the log) in an empty folder, as a new installation starts, and
# measures the time from launching java until /actuator/health/readiness answers UP, and the
# process's resident memory (VmRSS) at that moment. Each way is run RUNS times (default 3) and its
# median run is printed.
#
#   1. plain:       java -jar musubi.jar
#   2. recommended: the jar extracted as Spring Boot recommends for production, with a class data
#                   sharing archive made by a training run, the serial collector and the heap
#                   capped at 512 MB (a small node; raise -Xmx for a busy one):
#                   java -XX:SharedArchiveFile=musubi.jsa -XX:+UseSerialGC -Xmx512m -jar app/musubi.jar
#                   (README.md, "Running in production", gives the same commands)
#
# The last line is the recommended launch:  startup: ready in N.N s, RSS N MB
# Goal on the 2-core machine: <= 10 s and <= 512 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
port=${PORT:-18080}

if [ "${SKIP_BUILD:-}" != "1" ]; then
	./mvnw -q -B -DskipTests package
fi
jar=$(ls target/musubi-*.jar | grep -v '\.original$' | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Starts java with the given arguments in an empty folder; prints "seconds rss_mb".
measure() {
	local folder
	folder=$(mktemp -d "$work/run.XXXX")
	local start ready=""
	start=$(date +%s.%N)
	(cd "$folder" && exec java "$@" --server.port="$port" >"$folder/log.txt" 2>&1) &
	local pid=$!
	for _ in $(seq 1 1200); do
		if curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
			ready=$(date +%s.%N)
			break
		fi
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.05
	done
	if [ -z "$ready" ]; then
		echo "Musubi did not become ready:" >&2
		tail -n 30 "$folder/log.txt" >&2
		exit 1
	fi
	local rss_kb
	rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	awk -v a="$start" -v b="$ready" -v r="$rss_kb" 'BEGIN { printf "%.3f %d\n", b - a, r / 1024 }'
}

# Runs one way RUNS times; prints each run and returns the median run in $median.
series() {
	local label=$1
	shift
	local results=()
	for run in $(seq 1 "$runs"); do
		local result
		result=$(measure "$@")
		printf '%s, run %d: ready in %.1f s, RSS %d MB\n' "$label" "$run" $result
		results+=("$result")
	done
	median=$(printf '%s\n' "${results[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
	printf '%s: ready in %.1f s, RSS %d MB (median of %d)\n' "$label" $median "$runs"
}

cp "$jar" "$work/musubi.jar"
series "plain java -jar" -jar "$work/musubi.jar"

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
extracted=$(ls "$work"/app/musubi-*.jar | head -n 1)
training=$(mktemp -d "$work/training.XXXX")
(cd "$training" && java -XX:ArchiveClassesAtExit="$work/app/musubi.jsa" -Dspring.context.exit=onRefresh \
	-jar "$extracted" --server.port="$port" >"$training/log.txt" 2>&1)
series "recommended (extracted, CDS, SerialGC, -Xmx512m)" -XX:SharedArchiveFile="$work/app/musubi.jsa" \
	-XX:+UseSerialGC -Xmx512m -jar "$extracted"

printf 'startup: ready in %.1f s, RSS %d MB\n' $median
