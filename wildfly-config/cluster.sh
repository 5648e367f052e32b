#!/usr/bin/env bash
# `./gongshi cluster`: two Gongshi nodes and a balancer on this machine, on loopback, with PostgreSQL
# (GONGSHI_DB_URL, by default 127.0.0.1:5432 database test, schema gongshi). The balancer answers on
# http://localhost:8080/ and forwards to node1 (8081) and node2 (8082); the nodes share the content
# store target/cluster/store and each keeps its own search index. Ctrl-C stops all three.
# Kill one node (see target/cluster/pids) to watch the other go on; start it again with
#   wildfly-config/node.sh SERVER_HOME target/cluster/node1 node node1 1 web/target/gongshi.war
set -euo pipefail
home="$1"; war="$2"; dir="${3:-target/cluster}"
mkdir -p "$dir"; dir="$(cd "$dir" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
export GONGSHI_STORE_DIR="${GONGSHI_STORE_DIR:-$dir/store}"
export GONGSHI_CLUSTER_PEER1_HOST=127.0.0.1 GONGSHI_CLUSTER_PEER1_PORT=7601
export GONGSHI_CLUSTER_PEER2_HOST=127.0.0.1 GONGSHI_CLUSTER_PEER2_PORT=7602
export GONGSHI_NODE1_HOST=127.0.0.1 GONGSHI_NODE1_PORT=8081
export GONGSHI_NODE2_HOST=127.0.0.1 GONGSHI_NODE2_PORT=8082
pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait || true; }
trap stop INT TERM EXIT
"$here/node.sh" "$home" "$dir/node1" node node1 1 "$war" > "$dir/node1.log" 2>&1 & pids+=($!)
# the second node once the first is up: the first one migrates the schema and loads the demo data
echo "Starting node1 (log $dir/node1.log)…"
for _ in $(seq 600); do
  curl -fsS -o /dev/null http://127.0.0.1:8081/ 2>/dev/null && break
  kill -0 "${pids[0]}" 2>/dev/null || { echo "node1 exited, see $dir/node1.log" >&2; exit 1; }
  sleep 1
done
"$here/node.sh" "$home" "$dir/node2" node node2 2 "$war" > "$dir/node2.log" 2>&1 & pids+=($!)
"$here/node.sh" "$home" "$dir/balancer" balancer balancer 0 > "$dir/balancer.log" 2>&1 & pids+=($!)
printf '%s\n' "node1 ${pids[0]}" "node2 ${pids[1]}" "balancer ${pids[2]}" > "$dir/pids"
echo "Gongshi cluster starting: balancer http://localhost:8080/ → node1 :8081, node2 :8082"
echo "  logs: $dir/node1.log, node2.log, balancer.log; content store $GONGSHI_STORE_DIR. Ctrl-C stops all three."
wait
