#!/usr/bin/env bash
# HLS serving and live delay benchmark (issue 5). Musubi, on a fresh PostgreSQL database,
# transcodes a 60-second 1280x720 test video (made with ffmpeg) into its HLS ladder (360p and
# 720p, 4-second segments) in its local media storage; nginx from Debian is started as a child
# process with that storage folder as its root. The same client, wrk with a Lua script cycling
# through the ladder's segments, then loads both in the same run, alternately:
#   (a) the product: GET /broadcast/hls/<uuid>/<rendition>/seg_N.ts?t=<signed token>
#   (b) nginx:       GET /broadcast/<uuid>/<rendition>/seg_N.ts, the same files (sendfile on)
# and prints requests per second and p99 latency of each (median of the rounds); any response
# that is not 2xx/3xx fails the run. Then ffmpeg pushes a live broadcast in 2-second segments by
# HTTP PUT while a viewer polls /broadcast/media/<id>/live.m3u8 every 50 ms: the live delay is
# the time from a segment's file being written in storage to the first playlist listing it.
# The Java side is src/test/java/jp/musubi/broadcast/HlsBench.java, run on the test class path;
# no test runs it. The client runs on the same cores as the servers.
#
#   THREADS=2 CONNECTIONS=32 DURATION=20   wrk's -t, -c and -d (seconds) for every timed run
#   ROUNDS=3           timed runs per server, alternating (median; a 5-second warm-up each first)
#   LIVE_SEGMENTS=12   live segments measured
#   KEEP=1             keep the database and the folder (musubi.log, nginx's config and log,
#                      wrk's output per run, the Lua scripts, ffmpeg's logs, the media files)
#   SKIP_BUILD=1       use target/ as built by an earlier run
#   PGHOST, PGPORT, PGUSER, PGPASSWORD as for scripts/test.sh
#
# The last line:  hls: N.Nx of nginx throughput, live delay N.N s
# "N.Nx" is the product's requests per second / nginx's (goal >= 0.7); the live delay is the
# median from segment written to playlist served, in seconds (goal <= 6 with 2 s segments).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
		echo "bench/hls.sh: need root (or sudo) to run: $*" >&2
		exit 1
	fi
}

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
	echo "Installing what the bench needs: ${missing[*]}" >&2
	# Another run installing at the same moment holds dpkg's lock; wait for it.
	as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
		--no-install-recommends "${missing[@]}" >/dev/null
fi

. bench/database.sh musubi_hls_bench

echo "$(/usr/sbin/nginx -v 2>&1), $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2), $(ffmpeg -version | head -n 1 | cut -d' ' -f1-3)"

BENCH_DB_URL="jdbc:postgresql://$host:$port/$database" BENCH_DATA_DIR="$work" \
	java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	jp.musubi.broadcast.HlsBench
