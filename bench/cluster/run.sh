#!/usr/bin/env bash
# Portal throughput through the balancer with two nodes, then with one: run `./gongshi cluster` first
# (or any two nodes behind a balancer), then
#   bench/cluster/run.sh [BALANCER_URL] [PID_OF_NODE2]
# (defaults: http://127.0.0.1:8080 and node2's pid from target/cluster/pids). wrk on loopback against
# the portal home page, its search page and the public JSON API; node2 is stopped (SIGTERM) between the two runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
url="${1:-http://127.0.0.1:8080}"
pid="${2:-$(awk '$1=="node2"{print $2}' target/cluster/pids 2>/dev/null)}"
DURATION=${BENCH_DURATION:-30s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
command -v wrk >/dev/null || { echo "bench needs wrk (apt-get install wrk)"; exit 1; }
[ -n "$pid" ] || { echo "node2's pid unknown: pass it as the second argument"; exit 1; }
run() {
  for path in / "/portal/search?q=%E5%A4%84%E7%BD%9A" "/api/public/decisions?q=%E7%BD%9A%E6%AC%BE"; do
    curl -fs -o /dev/null "$url$path" || { echo "$url$path does not answer 200"; exit 1; }
    echo "-- $1, $path"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$url$path" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors" || true
  done
}
run "two nodes"
kill "$pid"
while kill -0 "$pid" 2>/dev/null; do sleep 1; done
sleep 5
run "one node"
