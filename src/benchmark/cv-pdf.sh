#!/usr/bin/env bash
# CV PDF benchmark: renders a two-page CV (each template), a letter and the preview pictures in one
# warm JVM, one thread, no database, and prints p50 / p95 / p99 of wall-clock and CPU time as a
# table for the README. Target: p95 ≤ 300 ms for a two-page CV.
#
#   src/benchmark/cv-pdf.sh [renders] [warm-up]     (defaults: 300 100; about a minute)
#
# Measure on a quiet machine (look at `uptime` first). Needs JAVA_HOME (21+) and Maven; runs offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mvn -B -q -o -ntp -DskipTests test-compile >&2
mvn -B -q -o -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >&2
classpath="target/test-classes:target/classes:$(cat target/benchmark.classpath)"
# the heap a kiosk PC gives the application (kiosk-config/start-kiosk.sh)
exec "$java_bin" -Xmx256m -XX:+UseSerialGC ${KIOSK_BENCH_JAVA_OPTS:-} -cp "$classpath" \
  be.werkwinkel.kiosk.cv.internal.CvPdfBenchmark "$@"
