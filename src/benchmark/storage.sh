#!/usr/bin/env bash
# Personal storage benchmark: fills a fresh embedded MariaDB (the kiosk's own settings) directly with
# 100,000 accounts and 500,000 documents, sealed as the application seals them and of realistic size,
# then measures saving a document, listing a visitor's documents and signing in through the
# PersonalStorage port, and prints p50/p95 with their targets (also written to
# target/storage-benchmark.txt; the application log goes to target/storage-benchmark.log).
#
#   src/benchmark/storage.sh [--accounts=N] [--documents=N] [--calls=N] [--sign-ins=N] [--seed=N]
#
# About 10 minutes and 1.5 GB in /var/tmp on 2 cores. Needs JAVA_HOME (21+) and Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Maven's output goes to stderr: stdout carries the figures only
mvn -B -q -ntp -DskipTests test-compile >&2
mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >&2
classpath="target/test-classes:target/classes:$(cat target/benchmark.classpath)"

# the benchmark deletes its data directory itself; this only covers a run that is killed
data=$(mktemp -d /var/tmp/kiosk-storage-bench-XXXXXX)
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
  -cp "$classpath" be.werkwinkel.kiosk.benchmark.StorageBenchmark --data-dir="$data" "$@" &
pid=$!
wait "$pid"
