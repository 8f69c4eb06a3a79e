#!/usr/bin/env bash
# Runs every benchmark of authy-benchmarks and writes docs/benchmarks.md.
#
#   authy-benchmarks/run.sh                      # the full run, about 50 minutes on 2 cores
#   QUICK=1 authy-benchmarks/run.sh              # a short smoke run of everything (numbers not meaningful)
#   STARTUP_ONLY=1 authy-benchmarks/run.sh       # only the start-up benchmarks, spliced into the existing page
#
# Knobs (environment): WARMUP_MS, MEASURE_MS, PREWARM_MS, PREWARM_MAX_MS, ROUNDS, THREADS, CLIENTS (client benchmark),
# CALLBACK_WARMUP_MS, CALLBACK_MEASURE_MS, WRK_SECONDS, STARTUP_RUNS, STARTUP_BREAKDOWN_RUNS,
# STARTUP_INCREMENTAL_RUNS, STARTUP_PROFILE_RUNS, STARTUP_BEFORE_REF (a commit whose starter is timed in the
# same start-up rounds, for a before-and-after comparison; default 252a870, the commit before the call
# path was deferred and the callback endpoint made opt-in; empty for none), OUT.
# Needs root or preinstalled nginx and wrk (installed with apt-get when missing). Everything runs on
# loopback; nginx is started and stopped by this script by its pid. Run it on a quiet machine: the
# numbers are only comparable within one run.
set -euo pipefail
# A failure inside $(...) stops the run too.
shopt -s inherit_errexit

cd "$(dirname "$0")/.."
ROOT=$PWD
MODULE=$ROOT/authy-benchmarks
RUN=$MODULE/target/run
OUT=${OUT:-$ROOT/docs/benchmarks.md}

if [ "${QUICK:-0}" = "1" ]; then
	: "${WARMUP_MS:=500}" "${MEASURE_MS:=1000}" "${PREWARM_MS:=500}" "${PREWARM_MAX_MS:=1000}" "${STARTUP_RUNS:=1}" "${ROUNDS:=1}"
	: "${STARTUP_BREAKDOWN_RUNS:=1}" "${STARTUP_INCREMENTAL_RUNS:=1}" "${STARTUP_PROFILE_RUNS:=1}"
	: "${CALLBACK_WARMUP_MS:=1000}" "${CALLBACK_MEASURE_MS:=1000}" "${WRK_SECONDS:=1}"
	JMH_ARGS=(-wi 1 -w 1 -i 1 -r 1 -f 1)
else
	JMH_ARGS=()
fi
WARMUP_MS=${WARMUP_MS:-2000}
MEASURE_MS=${MEASURE_MS:-3000}
PREWARM_MS=${PREWARM_MS:-3000}
PREWARM_MAX_MS=${PREWARM_MAX_MS:-60000}
ROUNDS=${ROUNDS:-5}
CALLBACK_WARMUP_MS=${CALLBACK_WARMUP_MS:-8000}
CALLBACK_MEASURE_MS=${CALLBACK_MEASURE_MS:-5000}
WRK_SECONDS=${WRK_SECONDS:-5}
THREADS=${THREADS:-1,4,16,64}
CLIENTS=${CLIENTS:-raw-huc,raw-jdk,raw-huc-no-timeouts,authy-java,authy-java-timeouts,ours-default,ours-simple,ours-jdk,ours-jetty}
STARTUP_RUNS=${STARTUP_RUNS:-60}
STARTUP_BREAKDOWN_RUNS=${STARTUP_BREAKDOWN_RUNS:-5}
STARTUP_INCREMENTAL_RUNS=${STARTUP_INCREMENTAL_RUNS:-15}
STARTUP_PROFILE_RUNS=${STARTUP_PROFILE_RUNS:-10}
API_PORT=18080
STATUS_PORT=18081
CALLBACK_PORT=18090
JAVA_OPTS=(-Xms1g -Xmx1g -XX:+UseG1GC)

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# --- tools --------------------------------------------------------------------------------------
if [ "${STARTUP_ONLY:-0}" != "1" ] && { ! command -v nginx >/dev/null 2>&1 || ! command -v wrk >/dev/null 2>&1; }; then
	log "installing nginx and wrk"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq nginx-light wrk >/dev/null || apt-get install -y -qq nginx wrk >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# --- build --------------------------------------------------------------------------------------
log "building authy-benchmarks"
BUILD_CMD="./mvnw -B -q -pl authy-benchmarks -am package -DskipTests"
$BUILD_CMD
CLASSPATH_FILE=$MODULE/target/benchmark-classpath.txt
CP=$MODULE/target/classes:$(cat "$CLASSPATH_FILE")
rm -rf "$RUN"
mkdir -p "$RUN/nginx/tmp"

# Start-up classpaths: the application's own jars, with and without the starter's.
BENCH_ONLY='/(jetty-[a-z-]+|authy-java|json|jmh-core|jopt-simple|commons-math3|async-profiler|authy-simulator|spring-security-[a-z]+|spring-boot-security|spring-boot-starter-security)-[0-9][^/]*\.jar$'
# The profiler's jar, appended to a timed classpath for the profiled start-up runs only.
PROFILER_JAR=$(tr ':' '\n' <"$CLASSPATH_FILE" | grep -E '/async-profiler-[0-9][^/]*\.jar$')
STARTER_ONLY='/(authy-spring-boot-starter|authy-spring-boot-autoconfigure|authy-core|spring-boot-starter-restclient|spring-boot-restclient|spring-boot-http-client|httpclient5|httpcore5|httpcore5-h2)-[0-9][^/]*\.jar$'
CP_WITH=$MODULE/target/classes:$(tr ':' '\n' <"$CLASSPATH_FILE" | grep -vE "$BENCH_ONLY" | paste -sd:)
CP_WITHOUT=$MODULE/target/classes:$(tr ':' '\n' <"$CLASSPATH_FILE" | grep -vE "$BENCH_ONLY" | grep -vE "$STARTER_ONLY" | paste -sd:)
# Boot's spring-boot-starter-restclient, a dependency of the starter, without the starter's own jars
# (its auto-configuration and Apache HttpClient 5, which the starter brings).
AUTHY_ONLY='/(authy-spring-boot-starter|authy-spring-boot-autoconfigure|authy-core|httpclient5|httpcore5|httpcore5-h2)-[0-9][^/]*\.jar$'
CP_RESTCLIENT=$MODULE/target/classes:$(tr ':' '\n' <"$CLASSPATH_FILE" | grep -vE "$BENCH_ONLY" | grep -vE "$AUTHY_ONLY" | paste -sd:)
# Boot's spring-boot-http-client alone: the starter's client needs it even without Boot's RestClient support.
HTTP_CLIENT_JAR=$(tr ':' '\n' <"$CLASSPATH_FILE" | grep -E '/spring-boot-http-client-[0-9][^/]*\.jar$')
CP_HTTPCLIENT=$CP_WITHOUT:$HTTP_CLIENT_JAR

# The starter as it was at STARTUP_BEFORE_REF: the same classpath with that commit's autoconfigure jar,
# and its authy-core jar (a commit from before authy-core, whose classes the autoconfigure jar held
# then, has none: the classpath then has no authy-core).
STARTUP_BEFORE_REF=${STARTUP_BEFORE_REF-252a870}
CP_BEFORE=
if [ -n "$STARTUP_BEFORE_REF" ]; then
	log "building the starter at $STARTUP_BEFORE_REF"
	BEFORE_SRC=$MODULE/target/before-src
	rm -rf "$BEFORE_SRC"
	mkdir -p "$BEFORE_SRC"
	if ! git rev-parse --verify --quiet "$STARTUP_BEFORE_REF^{commit}" >/dev/null; then
		echo "STARTUP_BEFORE_REF=$STARTUP_BEFORE_REF is no commit of this clone (a shallow one?); set it empty to skip" >&2
		exit 1
	fi
	git archive "$STARTUP_BEFORE_REF" | tar -x -C "$BEFORE_SRC"
	(cd "$BEFORE_SRC" && ./mvnw -B -q -pl authy-spring-boot-autoconfigure -am package -DskipTests)
	VERSION=$(sed -n 's#.*<version>\(.*-SNAPSHOT\)</version>.*#\1#p' "$BEFORE_SRC/pom.xml" | head -1)
	BEFORE_JAR=$BEFORE_SRC/authy-spring-boot-autoconfigure/target/authy-spring-boot-autoconfigure-$VERSION.jar
	BEFORE_CORE_JAR=$BEFORE_SRC/authy-core/target/authy-core-$VERSION.jar
	CORE_EDIT="s#^.*/authy-core-[0-9][^/]*\.jar\$#$BEFORE_CORE_JAR#"
	if [ ! -f "$BEFORE_CORE_JAR" ]; then
		CORE_EDIT='\#/authy-core-[0-9][^/]*\.jar$#d'
	fi
	CP_BEFORE=$(tr ':' '\n' <<<"$CP_WITH" | sed -E -e "$CORE_EDIT" \
		-e "s#^.*/authy-spring-boot-autoconfigure-[0-9][^/]*\.jar\$#$BEFORE_JAR#" | paste -sd:)
	if [ ! -f "$BEFORE_JAR" ] || ! grep -qF "$BEFORE_JAR" <<<"$CP_BEFORE"; then
		echo "could not put the starter at $STARTUP_BEFORE_REF on a classpath ($BEFORE_JAR)" >&2
		exit 1
	fi
fi

# AOT-processed variants of the minimal application: Spring Boot's AOT processor generates them on
# each classpath (conditions are decided then), javac compiles them; prints the classpath to run.
aot_process() {
	local name=$1 cp=$2 out=$MODULE/target/aot/$1
	rm -rf "$out"
	mkdir -p "$out/sources" "$out/resources" "$out/classes"
	if ! java -cp "$cp" org.springframework.boot.SpringApplicationAotProcessor \
		dev.authyspring.benchmarks.startup.MinimalWebApplication "$out/sources" "$out/resources" "$out/classes" \
		dev.authyspring authy-benchmarks >"$out/process.log" 2>&1; then
		tail -30 "$out/process.log" >&2
		return 1
	fi
	find "$out/sources" -name '*.java' >"$out/sources.txt"
	javac -nowarn -d "$out/classes" -cp "$cp" @"$out/sources.txt" >&2 || return 1
	cp -r "$out/resources/." "$out/classes/" || return 1
	echo "$cp:$out/classes"
}
log "AOT-processing the minimal application on the restclient and starter classpaths"
CP_AOT_RESTCLIENT=$(aot_process restclient "$CP_RESTCLIENT")
CP_AOT_WITH=$(aot_process with "$CP_WITH")

START_TIME=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# The stub, the clients, JMH and the callback endpoint; not with STARTUP_ONLY=1.
if [ "${STARTUP_ONLY:-0}" != "1" ]; then
	# --- nginx stub ---------------------------------------------------------------------------------
	NGINX_PID=
	stop_nginx() {
		if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
			kill "$NGINX_PID"
			wait "$NGINX_PID" 2>/dev/null || true
		fi
		NGINX_PID=
	}
	trap stop_nginx EXIT
	"$NGINX" -p "$RUN/nginx" -c "$MODULE/nginx/nginx.conf" -e "$RUN/nginx/error.log" &
	NGINX_PID=$!
	for _ in $(seq 1 50); do
		if curl -fs -o /dev/null -H 'X-Authy-API-Key: k' "http://127.0.0.1:$API_PORT/protected/json/users/1635/status"; then
			break
		fi
		sleep 0.1
	done
	curl -fs -o /dev/null -H 'X-Authy-API-Key: k' "http://127.0.0.1:$API_PORT/protected/json/users/1635/status"
	log "nginx stub up (pid $NGINX_PID)"


	# --- stub ceiling -------------------------------------------------------------------------------
	wrk_row() {
		local connections=$1 threads=$2 path=$3 output
		output=$(wrk -t"$threads" -c"$connections" -d"${WRK_SECONDS}s" --latency -H 'X-Authy-API-Key: bench' \
			"http://127.0.0.1:$API_PORT$path")
		echo "$output" >>"$RUN/wrk.log"
		local rps p50 p99
		rps=$(awk '/Requests\/sec/ {print $2}' <<<"$output")
		p50=$(awk '$1 == "50%" {print $2}' <<<"$output")
		p99=$(awk '$1 == "99%" {print $2}' <<<"$output")
		echo "| \`$path\` | $connections | $threads | $rps | $p50 | $p99 |"
	}
	log "measuring the stub's ceiling with wrk"
	{
		echo "| path | connections | wrk threads | requests/s | p50 | p99 |"
		echo "| --- | ---: | ---: | ---: | ---: | ---: |"
		wrk_row 16 1 "/protected/json/verify/1234567/1635?force=true"
		wrk_row 64 2 "/protected/json/verify/1234567/1635?force=true"
		wrk_row 16 1 "/protected/json/users/1635/status"
		wrk_row 64 2 "/protected/json/users/1635/status"
	} >"$RUN/wrk.md"

	# --- clients ------------------------------------------------------------------------------------
	CLIENT_CMD=(java "${JAVA_OPTS[@]}" -cp "\$CP" dev.authyspring.benchmarks.ClientBenchmark
		--base-url=http://127.0.0.1:$API_PORT --status-port=$STATUS_PORT --clients=$CLIENTS --threads=$THREADS
		--rounds=$ROUNDS --prewarm-ms=$PREWARM_MS --prewarm-max-ms=$PREWARM_MAX_MS --warmup-ms=$WARMUP_MS --measure-ms=$MEASURE_MS)
	log "client benchmark: ${CLIENT_CMD[*]}"
	java "${JAVA_OPTS[@]}" -cp "$CP" dev.authyspring.benchmarks.ClientBenchmark \
		--base-url=http://127.0.0.1:$API_PORT --status-port=$STATUS_PORT --clients="$CLIENTS" --threads="$THREADS" \
		--rounds="$ROUNDS" --prewarm-ms="$PREWARM_MS" --prewarm-max-ms="$PREWARM_MAX_MS" --warmup-ms="$WARMUP_MS" --measure-ms="$MEASURE_MS" \
		--out="$RUN/clients.md" | tee "$RUN/clients.log"
	stop_nginx
	log "nginx stopped"

	# --- JMH ----------------------------------------------------------------------------------------
	JMH_CMD=(java -cp "\$CP" org.openjdk.jmh.Main "${JMH_ARGS[@]}" -prof gc -rf json -rff jmh.json
		SignatureVerificationBenchmark ResponseMappingBenchmark)
	log "JMH: ${JMH_CMD[*]}"
	java -cp "$CP" org.openjdk.jmh.Main "${JMH_ARGS[@]}" -prof gc -rf json -rff "$RUN/jmh.json" \
		SignatureVerificationBenchmark ResponseMappingBenchmark >"$RUN/jmh.log" 2>&1 || {
		tail -40 "$RUN/jmh.log"
		exit 1
	}
	java -cp "$CP" dev.authyspring.benchmarks.report.JmhReport "$RUN/jmh.json" "$RUN/jmh.md"

	# --- callback endpoint --------------------------------------------------------------------------
	# The application's classpath, not the module's: the fault soak's Spring Security would guard the endpoint.
	CALLBACK_CMD=(java "${JAVA_OPTS[@]}" -cp "\$CP_WITH" dev.authyspring.benchmarks.callback.CallbackBenchmark
		--port=$CALLBACK_PORT --connections=16,64 --warmup-ms=$CALLBACK_WARMUP_MS --measure-ms=$CALLBACK_MEASURE_MS)
	log "callback endpoint: ${CALLBACK_CMD[*]}"
	if java "${JAVA_OPTS[@]}" -cp "$CP_WITH" dev.authyspring.benchmarks.callback.CallbackBenchmark --port=$CALLBACK_PORT \
		--connections=16,64 --warmup-ms="$CALLBACK_WARMUP_MS" --measure-ms="$CALLBACK_MEASURE_MS" --out="$RUN/callback.md" \
		>"$RUN/callback.log" 2>&1; then
		cat "$RUN/callback.log"
	else
		tail -20 "$RUN/callback.log"
		echo "The callback benchmark failed (see the log above); the endpoint may not be on this branch yet." \
			>"$RUN/callback.md"
	fi

fi

# --- start-up -----------------------------------------------------------------------------------
# Each round starts the classpaths one after the other, in an order that rotates from round to
# round; the reports work on the differences within a round.
log "start-up: $STARTUP_RUNS rounds of fresh JVMs, then recorded runs for the breakdown"
STARTUP_JAVA=(java -XX:TieredStopAtLevel=1)
declare -A STARTUP_CP=([without]="$CP_WITHOUT" [httpclient]="$CP_HTTPCLIENT" [restclient]="$CP_RESTCLIENT"
	[with]="$CP_WITH" [with-callback]="$CP_WITH" [before]="$CP_BEFORE" [aot-restclient]="$CP_AOT_RESTCLIENT"
	[aot-with]="$CP_AOT_WITH")
# with-callback: the starter with the OneTouch callback endpoint, which it maps once the application
# sets authy.onetouch.callback.url (no callback arrives; what mapping it costs is timed).
declare -A STARTUP_FLAGS=([aot-restclient]="-Dspring.aot.enabled=true" [aot-with]="-Dspring.aot.enabled=true"
	[with-callback]="-Dauthy.onetouch.callback.url=https://app.example.com/authy/onetouch/callback")
STARTUP_NAMES=(without httpclient restclient with with-callback)
if [ -n "$CP_BEFORE" ]; then
	STARTUP_NAMES+=(before)
fi
STARTUP_NAMES+=(aot-restclient aot-with)
# Runs a main class for $1 rounds on the classpaths named from $5 on, appending what each prints
# to $RUN/<$2>-<name>.txt; $3 is appended to every classpath.
rotating_rounds() {
	local rounds=$1 prefix=$2 extra_cp=$3 main=$4 round shift_by name
	shift 4
	local names=("$@")
	for name in "${names[@]}"; do
		: >"$RUN/$prefix-$name.txt"
	done
	for round in $(seq 1 "$rounds"); do
		shift_by=$((round % ${#names[@]}))
		for name in "${names[@]:$shift_by}" "${names[@]:0:$shift_by}"; do
			# shellcheck disable=SC2086 # the flags are words
			"${STARTUP_JAVA[@]}" ${STARTUP_FLAGS[$name]:-} -cp "${STARTUP_CP[$name]}$extra_cp" "$main" \
				>>"$RUN/$prefix-$name.txt"
		done
	done
}
log "start-up rounds: ${STARTUP_NAMES[*]}"
rotating_rounds "$STARTUP_RUNS" startup "" dev.authyspring.benchmarks.startup.StartupTimer "${STARTUP_NAMES[@]}"
touch "$RUN/startup-before.txt"
: >"$RUN/startup-breakdown-with.txt"
: >"$RUN/startup-breakdown-restclient.txt"
for _ in $(seq 1 "$STARTUP_BREAKDOWN_RUNS"); do
	"${STARTUP_JAVA[@]}" -cp "$CP_WITH" dev.authyspring.benchmarks.startup.StartupTimer --breakdown \
		>>"$RUN/startup-breakdown-with.txt"
	"${STARTUP_JAVA[@]}" -cp "$CP_RESTCLIENT" dev.authyspring.benchmarks.startup.StartupTimer --breakdown \
		>>"$RUN/startup-breakdown-restclient.txt"
done
: >"$RUN/startup-incremental.txt"
# Alternating: JVMs that load the API interfaces just before the starter's first start report
# that time apart (IncrementalStartupTimer's Javadoc says why).
for _ in $(seq 1 "$STARTUP_INCREMENTAL_RUNS"); do
	for flag in "" --api-types-first; do
		# shellcheck disable=SC2086 # no flag is no word
		"${STARTUP_JAVA[@]}" -cp "$CP_WITH" dev.authyspring.benchmarks.startup.IncrementalStartupTimer $flag \
			>>"$RUN/startup-incremental.txt"
	done
done
# Where the refresh's CPU time goes, by cause: sampled with async-profiler, rounds as above.
rotating_rounds "$STARTUP_PROFILE_RUNS" startup-profile ":$PROFILER_JAR" \
	dev.authyspring.benchmarks.startup.StartupProfiler without restclient with
java -cp "$CP" dev.authyspring.benchmarks.report.StartupProfileReport "$RUN/startup-profile-without.txt" \
	"$RUN/startup-profile-restclient.txt" "$RUN/startup-profile-with.txt" "$RUN/startup-profile.md"
java -cp "$CP" dev.authyspring.benchmarks.report.StartupReport "$RUN/startup-without.txt" \
	"$RUN/startup-httpclient.txt" "$RUN/startup-restclient.txt" "$RUN/startup-with.txt" "$RUN/startup-breakdown-with.txt" \
	"$RUN/startup-breakdown-restclient.txt" "$RUN/startup-incremental.txt" "$RUN/startup.md" \
	"$RUN/startup-before.txt" "$STARTUP_BEFORE_REF" "$RUN/startup-aot-restclient.txt" \
	"$RUN/startup-aot-with.txt" "$RUN/startup-with-callback.txt"

# --- report -------------------------------------------------------------------------------------
startup_section() {
	cat <<EOF
## Start-up

A minimal Spring MVC application (\`@EnableAutoConfiguration\`, Tomcat on a random port,
\`authy.api-key\` set), started in a fresh JVM with \`-XX:TieredStopAtLevel=1\`, on four classpaths:
the web application alone; plus Boot's \`spring-boot-http-client\`, which the starter's client uses for
its timeouts and request factories; plus Boot's \`spring-boot-starter-restclient\`, which the starter
depends on (its jars: spring-boot-restclient and spring-boot-http-client, ten auto-configurations); plus
the starter. The same rounds also start the starter as it was at ${STARTUP_BEFORE_REF:-(none)}, the starter
with \`authy.onetouch.callback.url\` set (it then maps the OneTouch callback endpoint, which it no
longer maps by default), and the restclient and starter classpaths AOT-processed (below). $STARTUP_RUNS rounds; each round starts them all
one after the other, in an order that rotates from round to round. "refresh" is the time from
\`ApplicationPreparedEvent\` to \`ContextRefreshedEvent\`; "refresh CPU" is the CPU time of the main thread,
which runs the refresh, over the same span.

$(cat "$RUN/startup.md")

### Where the starter's start-up time goes

$(cat "$RUN/startup-profile.md")
EOF
}

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$(dirname "$OUT")"
if [ "${STARTUP_ONLY:-0}" = "1" ]; then
	# Replaces the start-up section and its summary lines of the existing page, saying so.
	startup_section >"$RUN/startup-section.md"
	python3 "$MODULE/splice-startup.py" "$OUT" "$RUN/startup-section.md" "$RUN/startup.md" "$START_TIME"
	log "replaced the start-up section of $OUT"
else
{
	cat <<EOF
# Benchmarks

Generated by \`authy-benchmarks/run.sh\` on $START_TIME. Rerun it to reproduce; numbers are only
comparable within one run, on the same machine. Nothing here comes from timed unit tests.

## Summary of the targets

* Clients (ours with its default HTTP client, every check in "Targets for ..." below):
  $(grep -c '| hit |' "$RUN/clients.md" || true) hit, $(grep -c 'MISS' "$RUN/clients.md" || true) missed.
* $(grep '^Target' "$RUN/jmh.md" || echo 'Signature verification: not measured')
* $(grep '^Target' "$RUN/callback.md" || echo 'Callback endpoint: not measured')
* $(grep -o 'The starter adds.*' "$RUN/startup.md" || echo 'Start-up: not measured')
  $(grep -o "Without Boot's RestClient support.*" "$RUN/startup.md" || true)
* $(grep -o "The starter's own auto-configuration adds.*" "$RUN/startup.md" || echo "Start-up, the starter's own part: not measured")

## Machine

| | |
| --- | --- |
| CPU | $(lscpu 2>/dev/null | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}'), $(nproc) cores |
| memory | $(free -g | awk '/Mem:/ {print $2}') GiB |
| OS | $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r) |
| Java | $(java -version 2>&1 | head -1) |
| nginx | $("$NGINX" -v 2>&1 | sed 's/^nginx version: //') |
| wrk | $(wrk -v 2>&1 | head -1 | awk '{print $1, $2}') |
| load average (1, 5, 15 min) | before $LOAD_BEFORE, after $LOAD_AFTER |

## Commands

\`\`\`
authy-benchmarks/run.sh
# which ran, from the repository root, with CP=authy-benchmarks/target/classes plus the module's runtime classpath:
$BUILD_CMD
nginx -p authy-benchmarks/target/run/nginx -c authy-benchmarks/nginx/nginx.conf   # loopback :$API_PORT, stub_status :$STATUS_PORT
wrk -t1 -c16 / -t2 -c64 -d${WRK_SECONDS}s --latency -H 'X-Authy-API-Key: bench' http://127.0.0.1:$API_PORT/...
${CLIENT_CMD[*]}
${JMH_CMD[*]}
${CALLBACK_CMD[*]}
git archive $STARTUP_BEFORE_REF | tar -x -C authy-benchmarks/target/before-src; ./mvnw -B -q -pl authy-spring-boot-autoconfigure -am package -DskipTests   # there: the starter before
java -cp <restclient | starter classpath> org.springframework.boot.SpringApplicationAotProcessor dev.authyspring.benchmarks.startup.MinimalWebApplication <out dirs> dev.authyspring authy-benchmarks; javac <generated sources>
java -XX:TieredStopAtLevel=1 [-Dspring.aot.enabled=true] -cp <web app | + http-client | + restclient | + starter | + starter before | AOT restclient | AOT starter classpath> dev.authyspring.benchmarks.startup.StartupTimer   # $STARTUP_RUNS rounds, order rotating
java -XX:TieredStopAtLevel=1 -cp <+ starter | + restclient classpath> dev.authyspring.benchmarks.startup.StartupTimer --breakdown   # $STARTUP_BREAKDOWN_RUNS times each
java -XX:TieredStopAtLevel=1 -cp <+ starter classpath> dev.authyspring.benchmarks.startup.IncrementalStartupTimer [--api-types-first]   # $STARTUP_INCREMENTAL_RUNS times each, alternating
java -XX:TieredStopAtLevel=1 -cp <web app | + restclient | + starter classpath>:<async-profiler jar> dev.authyspring.benchmarks.startup.StartupProfiler   # $STARTUP_PROFILE_RUNS rounds, order rotating
\`\`\`

## Stub server ceiling (nginx, measured with wrk)

The stub serves the recorded bodies of authy-fixtures.md B1 (\`verify\` 200 with device, \`status\` 200)
from one nginx worker on loopback. Its ceiling is far above what any client below reaches, so
client cost dominates.

$(cat "$RUN/wrk.md")

## Clients: \`AuthyTokens.verify\` and \`AuthyUsers.status\` against the stub

Every client runs in a JVM of its own (\`ClientWorker\`, started with the benchmark's JVM options),
against the same stub, interleaved: for each operation and thread count, every client runs once per
round in a rotated order while the other JVMs wait (rounds: $ROUNDS; per cell ${WARMUP_MS} ms warm-up
then ${MEASURE_MS} ms measured). Worker threads call in a closed loop. An application has one HTTP
client stack: with all clients in one JVM, the Spring code that our variants share was compiled for
all of them at once: there our default used 10-15 % more CPU per call than authy-java, but no more
than authy-java when only the two of them shared the JVM. Before
its first cell, each JVM warms its client up in passes of ${PREWARM_MS} ms per operation at 4
threads until the JIT compiler used less than 2 % of a pass (no pass starts after ${PREWARM_MAX_MS} ms; the
\`pre-warmed in\` lines of \`clients.log\` say how long it took): a JVM that starts measuring while C2
still compiles, on two busy cores, measures partly interpreted code.

* calls/s: calls completed in the measured interval; p50/p99 from a log-linear histogram (< 0.4 % error).
* CPU µs/call: CPU time of all Java threads (\`ThreadMXBean\`), so the JDK client's selector thread and
  Jetty's threads count; process CPU adds GC and JIT.
* alloc B/call: bytes allocated by all Java threads (\`com.sun.management.ThreadMXBean\`).
* new conns/1k calls: connections nginx accepted (\`stub_status\` accepts) per 1,000 calls; 0 means
  every call reused a kept-alive connection.
* raw HttpURLConnection / raw JDK HttpClient: the same request (same headers, \`?force=true\` for
  verify), keep-alive, body read as a string, no Spring, no mapping.
* raw HttpURLConnection, no timeouts: the same without a connect or read timeout, as authy-java
  runs; shown for what timeouts cost, not a baseline of the targets. With a read timeout, JDK 17
  reads the socket without blocking and polls in between: more system calls per answer.
* authy-java 1.5.1: \`com.authy:authy-java\`, on HttpURLConnection (its test flag lets it use plain HTTP).
  It sets no timeouts.
* authy-java 1.5.1, JVM-wide timeouts: the same in a JVM started with
  \`-Dsun.net.client.defaultConnectTimeout=5000 -Dsun.net.client.defaultReadTimeout=10000\`, the
  timeouts of raw HttpURLConnection; shown to compare clients that all have timeouts, not the
  authy-java of the targets.
* ours: the starter's beans from the auto-configuration (\`authy.http-client.factory\` set, or left at its
  default), no observation registry.

$(cat "$RUN/clients.md")

### The starter's HTTP client: the choice and how to change it

The table "The starter on each HTTP client" runs the same starter code on each HTTP client Spring
Boot can use here. The starter brings Apache HttpClient 5 and uses it by default (\`http-components\`):
with the automatic retries the starter turns off, it never re-sends a request, where both JDK
clients silently repeat a GET after a broken connection (so a second SMS can go out). Until this
change the default was HttpURLConnection (\`simple\`), which the row "ours, simple (the default
before)" shows, measured in the same run. The JDK \`HttpClient\` costs several times more CPU per call
(Spring's \`JdkClientHttpRequest\` sends asynchronously, arms a \`completeOnTimeout\` per call for the
read timeout and streams the body through \`BodyHandlers.ofInputStream\`, so each call crosses threads
several times). The targets above are checked for the default.

* The setting applies to the Authy beans only. The starter builds its own request factory from
  \`authy.http-client.factory\`; it does not read or change \`spring.http.clients.imperative.factory\`,
  and the application's other \`RestClient\`s keep the client Spring Boot chose for them.
* To use another client for Authy calls: \`authy.http-client.factory=jdk\`, \`http-components\`, \`jetty\` or
  \`reactor\` (the library must be on the classpath), or an \`AuthyRestClientCustomizer\` bean that sets any
  \`ClientHttpRequestFactory\` (it runs after the starter's own settings).
* Connection reuse with HttpURLConnection: the JDK keeps at most \`http.maxConnections\` idle
  connections per host (a JVM-wide system property, default 5). With more threads calling at once, a
  connection returned to a full cache is closed; the "new conns/1k calls" column shows what that costs
  at 64 threads. Raise it with \`-Dhttp.maxConnections=64\` if many threads call Authy at once (it applies
  to every HttpURLConnection in the JVM).

## JMH: signature verification and response mapping

\`SignatureVerificationBenchmark.verify\` verifies the A1.2 callback of authy-fixtures.md (the largest
POST, with details, hidden details and unlock methods): parse, canonicalise, HMAC-SHA256, constant-time
compare; the other three measure its parts. \`ResponseMappingBenchmark\` calls the starter's
\`AuthyUsers.status\` and \`AuthyTokens.verify\` over an in-memory transport (no I/O) returning the
stub's bodies, next to Jackson alone reading the status body as a tree. Average time, 1 fork,
JMH defaults of this module (3 × 1 s warm-up, 5 × 1 s measurement) unless QUICK=1.

$(cat "$RUN/jmh.md")

## OneTouch callback endpoint under load

A minimal web application (Spring MVC, Tomcat, the starter, \`authy.onetouch.callback.url\` set) receives
validly signed POST callbacks of the A1.2 body, each for its own approval request (its \`uuid\` replaced) with a distinct current nonce, from a Java load
generator on loopback over N keep-alive connections (one thread each, closed loop, in the same JVM,
so CPU and allocation include the generator; ${CALLBACK_WARMUP_MS} ms warm-up, then ${CALLBACK_MEASURE_MS} ms measured).
Tomcat's keep-alive request limit is lifted so the endpoint, not connection set-up, is measured. A listener counts the published
\`OneTouchCallbackEvent\`s: every callback sent must be answered 200 and published once.

$(cat "$RUN/callback.md")

$(startup_section)
EOF
} >"$OUT"
log "wrote $OUT"
fi
