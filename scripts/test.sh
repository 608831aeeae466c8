#!/usr/bin/env bash
# Runs Musubi's whole test suite on a machine of this kind (Debian, Java 17), installing first
# what the tests need and the machine lacks: a PostgreSQL server (tests run on a real one),
# Debian's Chromium (the browser tests drive it; Playwright never downloads a browser) and the
# Noto CJK fonts (Japanese text in screenshots and PDFs) and ffmpeg (the broadcasting station
# transcodes and the tests make their sample videos with it). Then ./mvnw verify.
#
# PostgreSQL is found as libpq would (PGHOST, PGPORT, PGUSER, PGPASSWORD), by default the local
# server at 127.0.0.1:5432 as postgres, made ready by scripts/postgres.sh. Each run creates its own
# database there.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
		echo "scripts/test.sh: need root (or sudo) to run: $*" >&2
		exit 1
	fi
}

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
	echo "Installing what the tests need: ${missing[*]}"
	# Another run installing at the same moment holds dpkg's lock; wait for it.
	as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
		--no-install-recommends "${missing[@]}" >/dev/null
fi

scripts/postgres.sh

exec ./mvnw -B verify "$@"
