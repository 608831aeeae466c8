#!/usr/bin/env bash
# Makes sure the PostgreSQL server that the tests (scripts/test.sh) and the benchmarks (bench/)
# create their databases on is there and answers: on a machine of this kind (Debian) it installs
# the server when it is missing, starts it when it is stopped and lets loopback connect without a
# password, as on a test machine.
#
# The server is found as libpq would (PGHOST, PGPORT, PGUSER, PGPASSWORD), by default the local
# server at 127.0.0.1:5432 as postgres. A server elsewhere is only checked, never changed.
set -euo pipefail

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
		echo "scripts/postgres.sh: need root (or sudo) to run: $*" >&2
		exit 1
	fi
}

host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
user=${PGUSER:-postgres}
local=false
if [ "$host" = "127.0.0.1" ] || [ "$host" = "localhost" ]; then
	local=true
fi

if $local && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
	echo "Installing PostgreSQL"
	# Another run installing at the same moment holds dpkg's lock; wait for it.
	as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
		--no-install-recommends postgresql >/dev/null
fi
if ! pg_isready -q -h "$host" -p "$port" 2>/dev/null; then
	if $local; then
		cluster_version=$(ls /etc/postgresql | sort -V | tail -n 1)
		echo "Starting PostgreSQL $cluster_version"
		as_root pg_ctlcluster --skip-systemctl-redirect "$cluster_version" main start
		for _ in $(seq 1 30); do pg_isready -q -h "$host" -p "$port" && break; sleep 1; done
	fi
fi
if ! psql -h "$host" -p "$port" -U "$user" -d postgres -Atc "select 1" >/dev/null 2>&1; then
	if $local; then
		# A freshly installed Debian cluster asks for a password on TCP; a test machine trusts loopback.
		cluster_version=$(ls /etc/postgresql | sort -V | tail -n 1)
		hba=/etc/postgresql/$cluster_version/main/pg_hba.conf
		echo "Letting tests and benchmarks connect to PostgreSQL on loopback ($hba)"
		as_root sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$hba"
		as_root pg_ctlcluster --skip-systemctl-redirect "$cluster_version" main reload
	fi
	psql -h "$host" -p "$port" -U "$user" -d postgres -Atc "select 1" >/dev/null || {
		echo "scripts/postgres.sh: cannot connect to PostgreSQL at $host:$port as $user" >&2
		exit 1
	}
fi
