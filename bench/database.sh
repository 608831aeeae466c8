# Sourced by the benchmarks that run on PostgreSQL, from the project's root, with the name's
# prefix of the database as argument: makes sure the local server runs (scripts/postgres.sh),
# builds the test class path into target/bench-classpath.txt (unless SKIP_BUILD=1), creates a
# fresh database and a work folder, and removes both when the script exits (unless KEEP=1).
# Sets host, port, user, database and work.

scripts/postgres.sh >&2

host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
user=${PGUSER:-postgres}
database=$1_$(date +%Y%m%d_%H%M%S)_$$
work=$(mktemp -d -t "${1//_/-}-XXXX")

cleanup() {
	local status=$?
	if [ "$status" -ne 0 ] && [ -f "$work/musubi.log" ]; then
		echo "$0 failed; the end of Musubi's log:" >&2
		tail -n 40 "$work/musubi.log" >&2
	fi
	if [ "${KEEP:-}" = "1" ]; then
		echo "Kept database $database and folder $work" >&2
	else
		psql -q -h "$host" -p "$port" -U "$user" -d postgres -c "DROP DATABASE IF EXISTS $database" >&2 || true
		rm -rf "$work"
	fi
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-}" != "1" ]; then
	./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
		-Dmdep.outputFile=target/bench-classpath.txt >&2
fi

psql -q -h "$host" -p "$port" -U "$user" -d postgres \
	-c "CREATE DATABASE $database ENCODING 'UTF8' TEMPLATE template0" >&2
echo "Database $database on $host:$port; $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB," \
	"$(java -version 2>&1 | head -n 1), $(psql -h "$host" -p "$port" -U "$user" -d postgres -tAc 'SHOW server_version')"
