#!/usr/bin/env bash
# Terminal-management benchmark: starts one instance (the standalone role, which holds the hub's
# side of the terminal API) on a fresh embedded MariaDB and a web server on a free port; creates
# 1,000 terminals; a second JVM plays the terminals: each enrolls with its one-time code, sends a
# heartbeat every 15 s and waits for commands by long-poll. For two minutes the instance sends 300
# commands to terminals picked at random (as the console does) and refreshes the console overview
# twice a second. Prints heartbeat p50/p95/p99, command delivery p99 (goal <= 2 s), console refresh
# p95 (goal <= 200 ms) and the instance's CPU and heap (also written to
# target/terminal-benchmark.txt; the application log goes to target/terminal-benchmark.log).
#
#   src/benchmark/terminals.sh [--terminals=N] [--seconds=N] [--commands=N] [--swarm-heap=SIZE]
#
# About 3 minutes on 2 cores. Needs JAVA_HOME (21+) and Maven (one online run first, for
# dependency:build-classpath).
set -euo pipefail
cd "$(dirname "$0")/../.."

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Maven's output goes to stderr: stdout carries the figures only
mvn -B -q -ntp -DskipTests test-compile >&2
mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >&2
classpath="target/test-classes:target/classes:$(cat target/benchmark.classpath)"

# the benchmark deletes its data directory itself; this only covers a run that is killed
data=$(mktemp -d /var/tmp/kiosk-terminal-bench-XXXXXX)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"; wait "$pid" 2>/dev/null || true   # SIGTERM: the context closes and stops MariaDB
  fi
  rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# a hub is a server, not a kiosk PC: it gets more heap than the kiosk's 256 MB
"$java_bin" -Xmx${KIOSK_HEAP:-512m} ${KIOSK_BENCH_JAVA_OPTS:-} \
  -cp "$classpath" be.werkwinkel.kiosk.benchmark.TerminalBenchmark --data-dir="$data" "$@" &
pid=$!
wait "$pid"
