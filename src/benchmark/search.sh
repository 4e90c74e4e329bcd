#!/usr/bin/env bash
# Vacancy search benchmark: imports COUNT demo vacancies into a fresh kiosk data directory, builds
# the index, restarts on it, and measures search, autocomplete, heap and index size through the
# application's own VacancySearch port; then answers the same visitor queries with MariaDB FULLTEXT
# on the same rows. Prints a table of figures with their targets (also written to
# target/search-benchmark-COUNT.txt; the application log goes to target/search-benchmark-COUNT.log).
#
#   src/benchmark/search.sh [count] [options]     (count defaults to 200000)
#
# options: --queries=N (500) --seed=N --fulltext-queries=N --fulltext-seconds=S (300)
#          --buffer-pool-mb=MB (1024, the InnoDB buffer pool for the FULLTEXT part)
# 200,000 vacancies take 10-20 minutes on 2 cores and ~2 GB in /var/tmp. Needs JAVA_HOME (21+) and Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
count=200000
if [ $# -gt 0 ] && [[ $1 != --* ]]; then
  count=$1
  shift
fi

# Maven's output goes to stderr: stdout carries the figures only
mvn -B -q -ntp -DskipTests test-compile >&2
mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >&2
classpath="target/test-classes:target/classes:$(cat target/benchmark.classpath)"

# the benchmark deletes its data directory itself; this only covers a run that is killed
data=$(mktemp -d /var/tmp/kiosk-search-bench-XXXXXX)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"; wait "$pid" 2>/dev/null || true   # SIGTERM: the context closes and stops MariaDB
  fi
  rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Lucene wants the Vector API; a kiosk runs the JIT at full tier (see pom.xml, optimizedLaunch)
"$java_bin" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED ${KIOSK_BENCH_JAVA_OPTS:-} \
  -cp "$classpath" be.werkwinkel.kiosk.benchmark.VacancySearchBenchmark "$count" --data-dir="$data" "$@" &
pid=$!
wait "$pid"
