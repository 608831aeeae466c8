#!/usr/bin/env bash
# Startup benchmark (issue 2): the packaged jar, started on the embedded default in an empty
# folder, as a new user starts it. Measures the time from launching java until
# /actuator/health/readiness answers UP, and the process's resident memory at that moment.
# Runs it RUNS times (default 3) and prints each run; the last line is the median run:
#   startup: ready in N.N s, RSS N MB
# Goal: <= 10 s and <= 512 MB on the 2-core machine. JAVA_OPTS is passed to java as given.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
port=${PORT:-18080}

if [ "${SKIP_BUILD:-}" != "1" ]; then
	./mvnw -q -B -DskipTests package
fi
jar=$(ls target/musubi-*.jar | grep -v original | head -n 1)

results=()
for run in $(seq 1 "$runs"); do
	folder=$(mktemp -d)
	cp "$jar" "$folder/musubi.jar"
	start=$(date +%s.%N)
	(cd "$folder" && exec java ${JAVA_OPTS:-} -jar musubi.jar --server.port="$port" >"$folder/log.txt" 2>&1) &
	pid=$!
	ready=""
	for _ in $(seq 1 1200); do
		if curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
			ready=$(date +%s.%N)
			break
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			break
		fi
		sleep 0.05
	done
	if [ -z "$ready" ]; then
		echo "run $run: Musubi did not become ready; log in $folder/log.txt" >&2
		kill "$pid" 2>/dev/null || true
		exit 1
	fi
	java_pid=$(pgrep -f "musubi.jar --server.port=$port" | head -n 1)
	rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$java_pid/status")
	seconds=$(awk -v a="$start" -v b="$ready" 'BEGIN { printf "%.3f", b - a }')
	printf 'run %d: ready in %.1f s, RSS %d MB\n' "$run" "$seconds" $((rss_kb / 1024))
	results+=("$(printf '%.3f %d' "$seconds" $((rss_kb / 1024)))")
	kill "$java_pid"
	wait "$pid" 2>/dev/null || true
	rm -rf "$folder"
done

median=$(printf '%s\n' "${results[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
printf 'startup: ready in %.1f s, RSS %d MB\n' $(echo "$median")
