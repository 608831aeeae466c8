#!/usr/bin/env bash
# Runs Musubi's whole test suite on a machine of this kind (Debian, Java 17), installing first
# what the tests need and the machine lacks: a PostgreSQL server (tests run on a real one),
# Debian's Chromium (the browser tests drive it; Playwright never downloads a browser) and the
# Noto CJK fonts (Japanese text in screenshots and PDFs). Then ./mvnw verify.
#
# PostgreSQL is found as libpq would (PGHOST, PGPORT, PGUSER, PGPASSWORD), by default the local
# server at 127.0.0.1:5432 as postgres. Each run creates its own database there.
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
ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ -z "${PGHOST:-}" ] || [ "${PGHOST}" = "127.0.0.1" ] || [ "${PGHOST}" = "localhost" ]; then
	ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
fi
if [ ${#missing[@]} -gt 0 ]; then
	echo "Installing what the tests need: ${missing[*]}"
	# Another run installing at the same moment holds dpkg's lock; wait for it.
	as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
		--no-install-recommends "${missing[@]}" >/dev/null
fi

host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
user=${PGUSER:-postgres}
if ! pg_isready -q -h "$host" -p "$port" 2>/dev/null; then
	if [ "$host" = "127.0.0.1" ] || [ "$host" = "localhost" ]; then
		cluster_version=$(ls /etc/postgresql | sort -V | tail -n 1)
		echo "Starting PostgreSQL $cluster_version"
		as_root pg_ctlcluster --skip-systemctl-redirect "$cluster_version" main start
		for _ in $(seq 1 30); do pg_isready -q -h "$host" -p "$port" && break; sleep 1; done
	fi
fi
if ! psql -h "$host" -p "$port" -U "$user" -d postgres -Atc "select 1" >/dev/null 2>&1; then
	if [ "$host" = "127.0.0.1" ] || [ "$host" = "localhost" ]; then
		# A freshly installed Debian cluster asks for a password on TCP; a test machine trusts loopback.
		cluster_version=$(ls /etc/postgresql | sort -V | tail -n 1)
		hba=/etc/postgresql/$cluster_version/main/pg_hba.conf
		echo "Letting the tests connect to PostgreSQL on loopback ($hba)"
		as_root sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$hba"
		as_root pg_ctlcluster --skip-systemctl-redirect "$cluster_version" main reload
	fi
	psql -h "$host" -p "$port" -U "$user" -d postgres -Atc "select 1" >/dev/null || {
		echo "scripts/test.sh: cannot connect to PostgreSQL at $host:$port as $user" >&2
		exit 1
	}
fi

exec ./mvnw -B verify "$@"
