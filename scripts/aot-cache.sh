#!/usr/bin/env bash
# Records the ahead-of-time cache (JEP 483, 514, 515: classes loaded and linked, method profiles)
# that the recommended production launch starts from (README.md, "Running in production").
#
#   scripts/aot-cache.sh app/musubi-0.1.0-SNAPSHOT.jar app/musubi.aot
#
# The training run starts the extracted jar on a throw-away embedded database in a temporary
# folder, so the demo region loads as on a first start, asks for the public pages once, and stops
# the JVM with SIGTERM; the JVM writes the cache as it exits. A training that also serves pages
# caches what the first requests use, which a run stopped at context refresh
# (-Dspring.context.exit=onRefresh) does not: the start from it was 2 s shorter here
# (docs/benchmarks.md). Record the cache again after every build and with the JVM that will run
# it: a cache made by another JVM or for another jar is refused (with a warning) and the start
# takes the long way.
#
# Needs Java 25 or newer: $JAVA if set, else `java` if it is new enough, else the newest JDK in
# /usr/lib/jvm. Prints the java it used.
set -euo pipefail
jar=$(realpath "$1")
cache=$(realpath -m "$2")
port=${PORT:-18089}

java25() {
	local candidate version
	for candidate in ${JAVA:-} java $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
		command -v "$candidate" >/dev/null 2>&1 || continue
		version=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
		if [ "${version%%.*}" -ge 25 ] 2>/dev/null; then
			command -v "$candidate"
			return
		fi
	done
	echo "No Java 25 or newer found; set JAVA to one" >&2
	exit 1
}

java=$(java25)
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
(cd "$folder" && exec "$java" -XX:AOTCacheOutput="$cache" -XX:+UseSerialGC -Xms64m -Xmx512m -jar "$jar" \
	--server.port="$port" >"$folder/log.txt" 2>&1) &
pid=$!
for _ in $(seq 1 1800); do
	if curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
		break
	fi
	if ! kill -0 "$pid" 2>/dev/null; then
		tail -n 30 "$folder/log.txt" >&2
		exit 1
	fi
	sleep 0.1
done
for page in / /work '/work?q=%E7%BF%BB%E8%A8%B3' /tourism /broadcast /agents /about/telework /signin /signup; do
	curl -s -o /dev/null "http://localhost:$port$page" || true
done
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
if [ ! -s "$cache" ]; then
	echo "The JVM wrote no cache:" >&2
	tail -n 30 "$folder/log.txt" >&2
	exit 1
fi
echo "$java"
