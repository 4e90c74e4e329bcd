#!/usr/bin/env bash
# Hub benchmark: hub instances as they run in a region, each its own JVM (kiosk.role=hub), on one
# MariaDB (the system's on 127.0.0.1:3306 in a fresh schema that is dropped afterwards, else an
# embedded one the benchmark starts), against 500 simulated terminals in a JVM of their own:
# a heartbeat every 15 s, a long-poll for commands, and replica polling (a full copy of the
# vacancies spread over the first minute, then the changes since the terminal's own revision every
# minute). Meanwhile staff send a command a second to terminals picked at random (through a hub's
# Terminals port) and a complete feed of 2,000 vacancies is imported every minute (1 % new, 1 %
# gone, 5 % changed). With --hubs=2 the terminals go through a round-robin TCP balancer in the
# benchmark, and one hub is killed with SIGKILL halfway (--no-kill keeps both); --balancer puts the
# balancer in front of a single hub too, to see what it adds.
#
# Prints p50/p95/p99 per call (heartbeat, page of changes, command delivery), failed calls, each
# hub's CPU and MariaDB's, before and after the kill, and checks that no command was lost or run
# twice, that every terminal kept its heartbeat and that every replica ended up to date (also in
# target/hub-benchmark-<hubs>.txt; the hubs' logs in target/hub-benchmark-<hubs>-hub-<n>.log).
#
#   src/benchmark/hubs.sh [--hubs=1|2] [--terminals=N] [--seconds=N] [--commands=N] [--vacancies=N]
#                         [--import-every=SECONDS] [--no-kill] [--balancer] [--database=auto|system|embedded]
#                         [--hub-heap=SIZE] [--swarm-heap=SIZE]
#
# About 6 minutes (one hub, 180 s window) or 8 (two hubs, 240 s) on 2 cores. Needs JAVA_HOME (21+)
# and Maven (one online run first, for dependency:build-classpath).
set -euo pipefail
cd "$(dirname "$0")/../.."

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Maven's output goes to stderr: stdout carries the figures only
mvn -B -q -ntp -DskipTests test-compile >&2
mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >&2
classpath="target/test-classes:target/classes:$(cat target/benchmark.classpath)"

# the benchmark deletes its data directory and stops its hubs and terminals itself (also on SIGTERM);
# this covers a run that is killed
data=$(mktemp -d /var/tmp/kiosk-hub-bench-XXXXXX)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"; wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$java_bin" -Xmx256m ${KIOSK_BENCH_JAVA_OPTS:-} -cp "$classpath" be.werkwinkel.kiosk.benchmark.HubBenchmark \
  --data-dir="$data" "$@" &
pid=$!
wait "$pid"
