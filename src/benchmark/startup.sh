#!/usr/bin/env bash
# Start-up benchmark of the standalone kiosk: time from launch to the first screen served and
# rendered, the resident memory (RSS) and heap used then, and RSS again once the demo vacancies are
# searchable and eighteen searches have run. Runs twice: a first start on an empty data directory (extracts the
# jar, unpacks and installs the embedded MariaDB, loads the demo data) and a restart on the same
# directories (what a kiosk PC does every morning).
#
#   src/benchmark/startup.sh [jar]     (builds target/werkwinkel-kiosk-*.jar when none is given)
#
# Launches through kiosk-config/start-kiosk.sh, the documented way to start a kiosk PC. With
# KIOSK_PLAIN_JAR=1 it runs `java $KIOSK_JAVA_OPTS -jar` on the fat jar instead, to compare.
# Needs JAVA_HOME (21+), curl and chromium (KIOSK_CHROMIUM overrides the path).
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
export KIOSK_APP_DIR="$data/app"

default_java_opts="--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
# the heap's generations (one line with G1, young and tenured with the serial collector), not metaspace
heap_used_mb() {
  "$jcmd_bin" "$1" GC.heap_info | awk '!/[Mm]etaspace|class space/ && match($0, /used [0-9]+K/) {
    sum += substr($0, RSTART + 5, RLENGTH - 6) } END { print int(sum / 1024) }'
}
rss_mb() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$1/status"; }

run_once() {
  local label=$1 port pid started http_ms screen_ms rss_ready heap_ready rss_used
  port=$(free_port)
  started=$(now_ms)
  local args=(--kiosk.data-dir="$data/data" --server.port="$port" "${@:2}")
  if [ -n "${KIOSK_PLAIN_JAR:-}" ]; then
    # shellcheck disable=SC2086 # the options are a word list on purpose
    "$java_bin" ${KIOSK_JAVA_OPTS:-$default_java_opts} -jar "$jar" "${args[@]}" >"$data/$label.log" 2>&1 &
  else
    kiosk-config/start-kiosk.sh "$jar" "${args[@]}" >"$data/$label.log" 2>&1 &
  fi
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
  rss_ready=$(rss_mb "$pid")
  "$jcmd_bin" "$pid" GC.run >/dev/null
  heap_ready=$(heap_used_mb "$pid")
  # then as a visitor uses it: once the demo vacancies are searchable, eighteen searches
  for _ in $(seq 1200); do
    curl -sf "http://127.0.0.1:$port/api/vacancies?q=kok" 2>/dev/null | grep -q '"total":[1-9]' && break
    sleep 0.1
  done
  for q in kok chauffeur verpleegkundige heftruck lasser poetshulp; do
    for page in 0 1 2; do
      curl -sf -o /dev/null "http://127.0.0.1:$port/api/vacancies?q=$q&postcode=9000&radiusKm=25&page=$page"
    done
  done
  sleep 2
  rss_used=$(rss_mb "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%-12s first screen served %6d ms, rendered %6d ms; then RSS %4d MB, heap used %3d MB (after a full GC); RSS after 18 searches %4d MB\n' \
    "$label" "$http_ms" "$screen_ms" "$rss_ready" "$heap_ready" "$rss_used"
}

echo "jar: $jar ($(nproc) cores)"
run_once first-start "$@"
run_once restart "$@"
