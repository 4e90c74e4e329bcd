#!/usr/bin/env bash
# Starts the kiosk application the way a kiosk PC should: from the jar extracted once into a
# plain class path (faster class loading than the nested fat jar; redone by itself when the jar
# changes), with a heap cap that keeps the process well under the memory budget, and on Java 25+
# with an AOT cache of the classes start-up loads: after each extraction one training run starts
# the kiosk, opens its first screen and stops it cleanly (kiosk.training-run) while the JVM
# records the cache (-XX:AOTCacheOutput); every later start reads it (-XX:AOTCache).
# KIOSK_AOT=off starts without the cache.
#
#   kiosk-config/start-kiosk.sh path/to/werkwinkel-kiosk.jar [--key=value …]
#
# Environment: JAVA_HOME (21+), KIOSK_APP_DIR (where to extract; default: beside the jar),
# KIOSK_HEAP (default 256m), KIOSK_EXTRA_JAVA_OPTS (appended to the JVM options).
set -euo pipefail

jar=$(realpath "${1:?usage: start-kiosk.sh path/to/werkwinkel-kiosk.jar [--key=value …]}")
shift
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# a folder of our own inside KIOSK_APP_DIR, so replacing it never touches anything else
app_dir="${KIOSK_APP_DIR:-$(dirname "$jar")/kiosk-app}/extracted"
app_jar="$app_dir/$(basename "$jar")"

java_version=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${java_version%%.*}" -lt 21 ] 2>/dev/null || [ -z "$java_version" ]; then
  echo "The kiosk needs Java 21 or newer; $java_bin is ${java_version:-not a working Java}. Set JAVA_HOME." >&2
  exit 1
fi

# Lucene's vector code and the embedded database's native access, as in the Maven build. The
# serial collector suits a heap this small and keeps tens of MB of G1's bookkeeping out of the
# resident memory; two malloc arenas stop native memory from fragmenting over many threads.
java_opts=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED
  "-Xmx${KIOSK_HEAP:-256m}")
# a collector named in KIOSK_EXTRA_JAVA_OPTS wins (two would stop the JVM)
[[ "${KIOSK_EXTRA_JAVA_OPTS:-}" == *"-XX:+Use"*"GC"* ]] || java_opts+=(-XX:+UseSerialGC)
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# shellcheck disable=SC2206 # a word list on purpose
java_opts+=(${KIOSK_EXTRA_JAVA_OPTS:-})

if [ ! -f "$app_jar" ] || [ "$jar" -nt "$app_jar" ]; then
  rm -rf "$app_dir.new"
  "$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$app_dir.new" >/dev/null
  rm -rf "$app_dir"
  mv "$app_dir.new" "$app_dir"
fi

aot_cache="$app_dir/kiosk.aot"
if [ "${java_version%%.*}" -ge 25 ] && [ "${KIOSK_AOT:-on}" != off ]; then
  if [ ! -f "$aot_cache" ]; then
    echo "First start of this jar: a training run for the start-up cache (once)" >&2
    "$java_bin" "${java_opts[@]}" -XX:AOTCacheOutput="$aot_cache" -Xlog:aot=error,cds=error \
      -jar "$app_jar" "$@" --kiosk.training-run=true >"$app_dir/training-run.log" 2>&1 \
      || { echo "The training run failed (see $app_dir/training-run.log); starting without the cache" >&2; rm -f "$aot_cache"; }
  fi
  if [ -f "$aot_cache" ]; then
    java_opts+=(-XX:AOTCache="$aot_cache" -Xlog:aot=error,cds=error)
  fi
fi

exec "$java_bin" "${java_opts[@]}" -jar "$app_jar" "$@"
