#!/usr/bin/env bash
# Search relevance: MAP, MRR, success@10 and the zero-result rate per language (and per kind of
# query), on the demo vacancies and on the relevance set's own job-board postings. The judged set is
# src/test/resources/relevance (written by src/benchmark/relevance/make_relevance_set.py).
#
#   src/benchmark/relevance.sh [dev|test|all] [demo-count] [-v]     (defaults: all 5000)
#
# Tune on "dev"; "test" is held out and only measured. -v lists the queries without a judged answer
# in their top 10. Needs JAVA_HOME (25) and Maven; runs offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mvn -B -q -o -ntp -DskipTests test-compile >&2
mvn -B -q -o -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >&2
classpath="target/test-classes:target/classes:$(cat target/benchmark.classpath)"
exec "$java_bin" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx1g -cp "$classpath" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  be.werkwinkel.kiosk.vacancy.index.RelevanceBenchmark "$@" 2> >(grep -v -e '^WARNING' -e 'jdk.incubator' >&2)
