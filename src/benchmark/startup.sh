#!/usr/bin/env bash
# Start-up benchmark of the standalone kiosk: time from `java -jar` to the first screen served and
# rendered, and heap / RSS after that first page. Runs twice: a first start on an empty data
# directory (unpacks and installs the embedded MariaDB, loads any demo data) and a restart on the
# same directory (what a kiosk PC does every morning).
#
#   src/benchmark/startup.sh [jar]     (builds target/werkwinkel-kiosk-*.jar when none is given)
#
# Needs JAVA_HOME (21+), curl and chromium (KIOSK_CHROMIUM overrides the path). The JVM options are
# those of the documented launch command; KIOSK_JAVA_OPTS replaces them to compare others.
set -euo pipefail
cd "$(dirname "$0")/../.."

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd_bin="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
chromium="${KIOSK_CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"
jar="${1:-}"
if [ -z "$jar" ]; then
  mvn -B -q -ntp package -DskipTests
  jar=$(ls target/werkwinkel-kiosk-*.jar | grep -v original | sed -n 1p)
fi
data=$(mktemp -d /var/tmp/kiosk-bench-XXXXXX)
trap 'rm -rf "$data"' EXIT

default_java_opts="--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

run_once() {
  local label=$1 port pid started http_ms screen_ms rss_kb heap_used
  port=$(free_port)
  started=$(now_ms)
  # shellcheck disable=SC2086 # the options are a word list on purpose
  "$java_bin" ${KIOSK_JAVA_OPTS:-$default_java_opts} \
    -jar "$jar" --kiosk.data-dir="$data" --server.port="$port" "${@:2}" >"$data/$label.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "the kiosk did not start; see $data/$label.log" >&2; tail -n 30 "$data/$label.log" >&2; exit 1; }
    sleep 0.05
  done
  http_ms=$(( $(now_ms) - started ))
  "$chromium" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
    --no-first-run --user-data-dir="$data/chromium" --virtual-time-budget=10000 --dump-dom \
    "http://127.0.0.1:$port/" >"$data/$label.dom" 2>/dev/null || true
  grep -q 'kiosk-attract' "$data/$label.dom" || { echo "attract screen not rendered" >&2; exit 1; }
  screen_ms=$(( $(now_ms) - started ))
  sleep 2
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  heap_used=$("$jcmd_bin" "$pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | sed -n '1s/[^0-9]//gp')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%-16s first screen served %6d ms, rendered %6d ms; RSS %5d MB, heap used %4d MB\n' \
    "$label" "$http_ms" "$screen_ms" $(( rss_kb / 1024 )) $(( heap_used / 1024 ))
}

echo "jar: $jar ($(nproc) cores)"
run_once first-start "$@"
run_once restart "$@"
