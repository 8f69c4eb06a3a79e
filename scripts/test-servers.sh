#!/usr/bin/env bash
# Starts (or stops) the PostgreSQL and Redis servers that the shared nonce stores' tests use,
# from Debian's packages, and prints the environment that points the tests at them:
#
#   eval "$(scripts/test-servers.sh start)"   # then ./mvnw -B verify
#   scripts/test-servers.sh stop
#
# Without these variables the tests start servers of their own from the same binaries. As root
# on Debian, missing packages (postgresql, redis-server) are installed first. Servers listen on
# 127.0.0.1 only, in a directory under ${TMPDIR:-/tmp}, with no passwords.
set -euo pipefail

DIR=${AUTHY_TEST_SERVERS_DIR:-${TMPDIR:-/tmp}/authy-test-servers}
PG_PORT=${AUTHY_TEST_POSTGRES_PORT:-55432}
REDIS_PORT=${AUTHY_TEST_REDIS_PORT:-56379}

as_postgres() {
	if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
	ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

install_packages() {
	if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
		if [ -z "$(pg_bin)" ] || ! command -v redis-server >/dev/null 2>&1; then
			export DEBIAN_FRONTEND=noninteractive
			apt-get update -qq >&2
			apt-get install -y -qq postgresql redis-server >&2
		fi
	fi
}

start() {
	install_packages
	local bin
	bin=$(pg_bin)
	if [ -z "$bin" ] || ! command -v redis-server >/dev/null 2>&1; then
		echo "PostgreSQL and redis-server are needed: apt-get install postgresql redis-server" >&2
		exit 1
	fi
	mkdir -p "$DIR"
	if [ "$(id -u)" = "0" ]; then chown postgres "$DIR"; fi
	if [ ! -f "$DIR/pg/PG_VERSION" ]; then
		as_postgres "$bin/initdb" -D "$DIR/pg" -U authy -A trust --no-sync -E UTF8 >"$DIR/initdb.log" 2>&1
	fi
	if ! as_postgres "$bin/pg_ctl" -D "$DIR/pg" status >/dev/null 2>&1; then
		as_postgres "$bin/pg_ctl" -D "$DIR/pg" -w -l "$DIR/pg.log" \
			-o "-p $PG_PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
	fi
	if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
		redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
			--daemonize yes --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log" >&2
		for _ in $(seq 1 50); do
			redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
			sleep 0.1
		done
	fi
	echo "export AUTHY_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
	echo "export AUTHY_TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
}

stop() {
	local bin
	bin=$(pg_bin)
	if [ -n "$bin" ] && [ -f "$DIR/pg/PG_VERSION" ]; then
		as_postgres "$bin/pg_ctl" -D "$DIR/pg" -m fast stop >&2 || true
	fi
	if [ -f "$DIR/redis.pid" ]; then
		kill "$(cat "$DIR/redis.pid")" 2>/dev/null || true
	fi
}

case "${1:-start}" in
	start) start ;;
	stop) stop ;;
	*) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
