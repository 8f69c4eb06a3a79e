#!/usr/bin/env bash
# Runs the fault soak and writes docs/reliability.md:
#
#   authy-benchmarks/soak.sh                 # 10,000 logins, 8 at once, 10 % faults (a few minutes on 2 cores)
#   LOGINS=1000 authy-benchmarks/soak.sh     # shorter
#
# Knobs (environment): LOGINS, THREADS, FAULT_RATE, OUT. Everything runs in one JVM on
# loopback: the simulator, the application under test and the driver. Exits non-zero when a
# check fails.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
MODULE=$ROOT/authy-benchmarks
LOGINS=${LOGINS:-10000}
THREADS=${THREADS:-8}
FAULT_RATE=${FAULT_RATE:-0.1}
OUT=${OUT:-$ROOT/docs/reliability.md}

./mvnw -B -q -pl authy-benchmarks -am package -DskipTests
CP=$MODULE/target/classes:$(cat "$MODULE/target/benchmark-classpath.txt")
FIGURES=$MODULE/target/soak-figures.md
STARTED=$(date -u +%Y-%m-%dT%H:%MZ)
status=0
java -Xms512m -Xmx1g -cp "$CP" dev.authyspring.benchmarks.soak.FaultSoak --logins="$LOGINS" --threads="$THREADS" \
	--fault-rate="$FAULT_RATE" --out="$FIGURES" >/dev/null || status=$?

{
	cat "$MODULE/soak-intro.md"
	echo
	echo "Run of $STARTED on $(nproc) cores ($(uname -m), $(java -version 2>&1 | head -1)), with"
	echo "\`authy-benchmarks/soak.sh\` (LOGINS=$LOGINS THREADS=$THREADS FAULT_RATE=$FAULT_RATE)."
	echo
	cat "$FIGURES"
} >"$OUT"
echo "wrote $OUT"
exit $status
