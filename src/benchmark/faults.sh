#!/usr/bin/env bash
# Fault-injection harness for offline terminals (issue 12, "Proof"; decision 045): starts a real hub
# (kiosk.role=hub, its own JVM) on a fresh schema of the system MariaDB at 127.0.0.1:3306 (or on an
# embedded MariaDB it starts itself when there is none), creates visitor accounts and terminals on
# it, and starts the terminals (kiosk.role=terminal, a JVM and data directory each) behind loopback
# proxies it controls. It performs M operations (documents saved through a terminal's outbox, staff
# commands, vacancy changes that must reach every replica) while injecting N faults at random: the
# hub killed with kill -9 and restarted, a terminal's line cut or delayed, a terminal killed with
# kill -9 as it starts an outbox write or a replica update and restarted on the same data. Then it
# waits for the system to settle and prints operations, faults by kind, delivered, duplicated and
# lost (also to target/fault-harness.txt; logs of every process in the run directory, kept when
# anything fails). Exit code 1 when anything is lost, duplicated, different or readable on a
# terminal's disk.
#
#   src/benchmark/faults.sh [--operations=200] [--faults=20] [--terminals=2] [--seed=S] [--pace-ms=500]
#                           [--settle-seconds=420] [--keep]
#
# About 6-10 minutes on 2 cores. Needs JAVA_HOME (21+) and Maven (one online run first, for
# dependency:build-classpath).
set -euo pipefail
cd "$(dirname "$0")/../.."

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Maven's output goes to stderr: stdout carries the figures only
mvn -B -q -ntp -DskipTests test-compile >&2
mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >&2
classpath="target/test-classes:target/classes:$(cat target/benchmark.classpath)"

pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"; wait "$pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$java_bin" -Xmx256m ${KIOSK_BENCH_JAVA_OPTS:-} -cp "$classpath" be.werkwinkel.kiosk.benchmark.FaultHarness "$@" &
pid=$!
wait "$pid"
