#!/usr/bin/env bash
# Startup benchmark (issues 2 and 11). Starts the packaged jar on the embedded default (H2 under
# ./data, demo data loaded, mail to the log) in an empty folder, as a new installation starts, and
# measures the time from launching java until /actuator/health/readiness answers UP, and the
# process's resident memory (VmRSS) at that moment. Each way is run RUNS times (default 3) and its
# median run is printed.
#
#   1. plain:       java -jar musubi.jar                                   (the default java)
#   2. CDS:         the jar extracted as Spring Boot recommends, a class data sharing archive made
#                   by a run stopped at context refresh, the serial collector, the heap capped at
#                   512 MB: the recommended launch until issue 11, for a machine with only Java 17
#   3. recommended: the same extracted jar on Java 25 with an ahead-of-time cache recorded by
#                   scripts/aot-cache.sh (a training run that loads the demo region and serves the
#                   public pages once), the serial collector, heap from 64 MB up to 512 MB:
#                   java -XX:AOTCache=app/musubi.aot -XX:+UseSerialGC -Xms64m -Xmx512m -jar app/musubi.jar
#                   (README.md, "Running in production", gives the same commands). Skipped, and
#                   the CDS way is the last line, when no Java 25 or newer is found.
#
# The last line is the recommended launch:  startup: ready in N.N s, RSS N MB
# Goal on the 2-core machine: <= 10 s and <= 512 MB (the plain launch <= 15 s).
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

# Starts the given command (java and its arguments) in an empty folder; prints "seconds rss_mb".
measure() {
	local folder
	folder=$(mktemp -d "$work/run.XXXX")
	local start ready=""
	start=$(date +%s.%N)
	(cd "$folder" && exec "$@" --server.port="$port" >"$folder/log.txt" 2>&1) &
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
series "plain java -jar" java -jar "$work/musubi.jar"

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
extracted=$(ls "$work"/app/musubi-*.jar | head -n 1)
training=$(mktemp -d "$work/training.XXXX")
(cd "$training" && java -XX:ArchiveClassesAtExit="$work/app/musubi.jsa" -Dspring.context.exit=onRefresh \
	-jar "$extracted" --server.port="$port" >"$training/log.txt" 2>&1)
series "CDS on the default java (extracted, SerialGC, -Xmx512m)" java -XX:SharedArchiveFile="$work/app/musubi.jsa" \
	-XX:+UseSerialGC -Xmx512m -jar "$extracted"

if java25=$(PORT="$port" scripts/aot-cache.sh "$extracted" "$work/app/musubi.aot" 2>"$work/aot.txt"); then
	series "recommended (extracted, Java 25 AOT cache, SerialGC, -Xms64m -Xmx512m)" \
		"$java25" -XX:AOTCache="$work/app/musubi.aot" -XX:+UseSerialGC -Xms64m -Xmx512m -jar "$extracted"
else
	echo "No AOT cache, the CDS launch is the recommended one: $(tail -n 1 "$work/aot.txt")"
fi

printf 'startup: ready in %.1f s, RSS %d MB\n' $median
