#!/usr/bin/env bash
# Appointments benchmark: starts the application on a fresh embedded MariaDB (the kiosk's own
# settings), makes a site with 20 consultants and weekly plans, books half of their time over the
# next 30 days through the Appointments port, then measures the free slots of the whole 30-day
# window and of one day (p50/p95/p99, target p95 <= 20 ms) and 200 concurrent booking attempts on
# 20 slots (bookings per second, p95, and that exactly 20 succeed). Prints the figures (also
# written to target/appointment-benchmark.txt; the application log goes to
# target/appointment-benchmark.log).
#
#   src/benchmark/appointments.sh [--consultants=N] [--days=N] [--booked=PERCENT] [--calls=N]
#                                 [--attempts=N] [--slots=N] [--seed=N]
#
# About 3 minutes on 2 cores. Needs JAVA_HOME (21+) and Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Maven's output goes to stderr: stdout carries the figures only
mvn -B -q -ntp -DskipTests test-compile >&2
mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >&2
classpath="target/test-classes:target/classes:$(cat target/benchmark.classpath)"

# the benchmark deletes its data directory itself; this only covers a run that is killed
data=$(mktemp -d /var/tmp/kiosk-appointment-bench-XXXXXX)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"; wait "$pid" 2>/dev/null || true   # SIGTERM: the context closes and stops MariaDB
  fi
  rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# the heap a kiosk PC gives the application (kiosk-config/start-kiosk.sh)
"$java_bin" -Xmx${KIOSK_HEAP:-256m} ${KIOSK_BENCH_JAVA_OPTS:-} \
  -cp "$classpath" be.werkwinkel.kiosk.benchmark.AppointmentBenchmark --data-dir="$data" "$@" &
pid=$!
wait "$pid"
