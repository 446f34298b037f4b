#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first 200 on /healthz and on /readyz, and the
# resident memory once started, with the embedded database. Run from the project root after
# `./mvnw -q -DskipTests package`:
#
#   bench/startup.sh [runs] [extra JVM options...]
#
# Each run uses a fresh data directory (the first start creates the database) and then a second
# start on that same directory (the usual case: an existing database).
set -euo pipefail

runs="${1:-5}"
shift || true
jar="decentra-launcher/target/decentra.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f "$jar" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 1; }

now_ms() { date +%s%3N; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

wait_for() { # url start_ms -> ms until the first 200
  local url="$1" start="$2"
  for _ in $(seq 1 3000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = "200" ]; then
      echo $(( $(now_ms) - start ))
      return
    fi
    sleep 0.005
  done
  echo "timeout"
}

one_start() { # data_dir label
  local data="$1" label="$2" port
  shift 2
  port="$(free_port)"
  local start
  start="$(now_ms)"
  "$java" "$@" -jar "$jar" --bind 127.0.0.1 --port "$port" --data-dir "$data" >"$data/out.log" 2>&1 &
  local pid=$!
  local health ready
  health="$(wait_for "http://127.0.0.1:$port/healthz" "$start")"
  ready="$(wait_for "http://127.0.0.1:$port/readyz" "$start")"
  sleep 2
  local rss_kb
  rss_kb="$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")"
  kill -TERM "$pid"
  wait "$pid" || true
  printf '%-9s healthz %5s ms   readyz %5s ms   RSS %4d MB\n' "$label" "$health" "$ready" $((rss_kb / 1024))
}

echo "java: $("$java" -version 2>&1 | head -n1); cores: $(nproc); runs: $runs; JVM options: ${*:-none}"
for i in $(seq 1 "$runs"); do
  data="$(mktemp -d)"
  one_start "$data" "new db" "$@"
  one_start "$data" "existing" "$@"
  rm -rf "$data"
done
