#!/usr/bin/env bash
# The portal against OpenSearch, same corpus, same query mix, same run: OpenSearch's own _search over HTTP (the
# request bodies the OpenSearch backend sends for the mix, taken from OpenSearch's search slow log), the portal's
# search JSON on the embedded index, and the portal's search JSON on OpenSearch (GONGSHI_SEARCH_BACKEND=opensearch),
# wrk in turn against each, BENCH_ROUNDS times (default 4) after a warm-up.
# Needs the schema and index a `BENCH_REUSE=1 ./gongshi bench-portal` run left (same BENCH_DECISIONS, BENCH_SCHEMA)
# and its build; OpenSearch 3.6.0 is the one the search module's build unpacks (search/target/opensearch). As root,
# OpenSearch runs as user nobody. The OpenSearch server rebuilds its public index from the database first (about
# 5 minutes for 100,000 decisions on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${BENCH_DECISIONS:-100000}
SCHEMA=${BENCH_SCHEMA:-gongshi_bench}
OFFSET=${BENCH_PORT_OFFSET:-700}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
DURATION=${BENCH_DURATION:-20s}
ROUNDS=${BENCH_ROUNDS:-4}
OS_PORT=${BENCH_OPENSEARCH_PORT:-10400}
OUT=target/bench-portal
WORK=$OUT/opensearch
LUCENE=http://127.0.0.1:$((8080 + OFFSET))
ON_OS=http://127.0.0.1:$((8180 + OFFSET))
OS=http://127.0.0.1:$OS_PORT
PSQL=(psql -h 127.0.0.1 -U postgres -d test -q -v ON_ERROR_STOP=1)
for tool in wrk psql curl python3; do command -v $tool >/dev/null || { echo "needs $tool"; exit 1; }; done
seeded=$("${PSQL[@]}" -At -c "SELECT count(*) FROM $SCHEMA.published_decision WHERE status = 'PUBLISHED' AND decision_number LIKE 'BENCH%'" 2>/dev/null || echo 0)
[ "$seeded" = "$N" ] && [ -d "$OUT/index/public" ] && [ -f "$OUT/api.lua" ] \
  || { echo "run BENCH_REUSE=1 ./gongshi bench-portal first (found $seeded decisions in $SCHEMA)"; exit 1; }
DIST=$(ls -d search/target/opensearch/opensearch-* 2>/dev/null | head -1)
[ -n "$DIST" ] || { echo "no OpenSearch in search/target/opensearch: build the search module first"; exit 1; }

rm -rf "$WORK" && mkdir -p "$WORK"/os/data "$WORK"/os/logs "$WORK"/lucene-index "$WORK"/os-index
cp -r "$DIST" "$WORK/os/dist"
cp -r "$OUT/index/." "$WORK/lucene-index/" # the archive index too, or the server rebuilds it first
cp -r target/server/postgres/wildfly "$WORK/wildfly-os" # a second server needs its own data and deployments
sed -i "s#<coordinator-environment statistics-enabled=\"\([^\"]*\)\"\( default-timeout=\"[0-9]*\"\)\?/>#<coordinator-environment statistics-enabled=\"\1\" default-timeout=\"3600\"/>#" \
  "$WORK/wildfly-os/standalone/configuration/gongshi.xml"
AS=()
if [ "$(id -u)" = 0 ]; then chown -R nobody:nogroup "$WORK/os"; AS=(runuser -u nobody --); fi
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill -- -$p 2>/dev/null || true; done' EXIT
setsid "${AS[@]}" env OPENSEARCH_JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}" \
  "OPENSEARCH_JAVA_OPTS=-Xms1g -Xmx1g" "$PWD/$WORK/os/dist/bin/opensearch" -E discovery.type=single-node \
  -E network.host=127.0.0.1 -E http.port=$OS_PORT -E transport.port=$((OS_PORT + 100)) -E path.data="$PWD/$WORK/os/data" \
  -E path.logs="$PWD/$WORK/os/logs" -E cluster.routing.allocation.disk.threshold_enabled=false \
  -E search.max_open_pit_context=10000 > "$WORK/os.log" 2>&1 &
PIDS+=($!)
export GONGSHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" GONGSHI_DB_SCHEMA=$SCHEMA
export GONGSHI_DB_USER=postgres GONGSHI_DB_PASSWORD=postgres GONGSHI_STORE_DIR="$PWD/$OUT/store"
GONGSHI_INDEX_DIR="$PWD/$WORK/lucene-index" setsid wildfly-config/run.sh target/server/postgres/wildfly \
  web/target/gongshi.war -Djboss.socket.binding.port-offset="$OFFSET" > "$WORK/lucene-server.log" 2>&1 &
PIDS+=($!)
until curl -fs -o /dev/null $OS/_cluster/health; do sleep 2; done
GONGSHI_INDEX_DIR="$PWD/$WORK/os-index" GONGSHI_SEARCH_BACKEND=opensearch GONGSHI_OPENSEARCH_URL=$OS \
  setsid wildfly-config/run.sh "$WORK/wildfly-os" web/target/gongshi.war \
  -Djboss.socket.binding.port-offset="$((OFFSET + 100))" > "$WORK/os-server.log" 2>&1 &
PIDS+=($!)
for url in $LUCENE $ON_OS; do until curl -fs -o /dev/null $url/; do sleep 2; done; done
echo "== OpenSearch rebuilds the public index from the database"
start=$(date +%s)
while :; do
  # the alias moves to the new index when the rebuild has finished (decisions and power-list items)
  docs=$(curl -fs "$OS/gongshi-public/_count" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])' 2>/dev/null || echo 0)
  [ "$docs" -ge "$N" ] && break
  sleep 10
done
echo "$docs documents searchable on OpenSearch after $(( $(date +%s) - start )) s"
# A server that finds the archive index empty (the OpenSearch one) rebuilds it in the background, up to twice: it
# would take half the CPU of the measured runs. Wait until every rebuild it started has ended.
settled() {
  local started ended
  started=$(grep -c 'rebuilding it (job' "$1" || true)
  ended=$(grep -c 'Archive index rebuilt:' "$1" || true)
  [ "$started" = "$ended" ]
}
quiet=0
while [ $quiet -lt 6 ]; do
  if settled "$WORK/os-server.log" && settled "$WORK/lucene-server.log"; then quiet=$((quiet + 1)); else quiet=0; fi
  sleep 10
done
echo "archive indexes settled after $(( $(date +%s) - start )) s"
curl -fs -o /dev/null -XPUT "$OS/gongshi-public/_settings" -H 'Content-Type: application/json' \
  -d '{"index.search.slowlog.threshold.query.warn":"0ms"}'
grep -v '^#' bench/portal/queries.txt | sed '/^$/d' | while read -r q; do curl -fs -o /dev/null "$ON_OS/api/public/decisions?$q"; done
sleep 2
curl -fs -o /dev/null -XPUT "$OS/gongshi-public/_settings" -H 'Content-Type: application/json' \
  -d '{"index.search.slowlog.threshold.query.warn":null}'
python3 - "$WORK/os/logs/opensearch_index_search_slowlog.log" "$WORK/os.lua" <<'PY'
import json, sys
bodies = []
for line in open(sys.argv[1], encoding='utf-8'):
    if 'source[' in line:
        obj, _ = json.JSONDecoder().raw_decode(line[line.index('source[') + 7:])
        bodies.append(json.dumps(obj, ensure_ascii=False))
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    f.write('math.randomseed(42)\nlocal b = {\n' + ''.join('  [==[' + b + ']==],\n' for b in bodies) + '}\n')
    f.write('request = function() return wrk.format("POST", "/gongshi-public/_search", '
            '{["Content-Type"] = "application/json"}, b[math.random(#b)]) end\n')
print(f'{len(bodies)} request bodies of the mix taken from the slow log')
PY
measure() {
  wrk -t2 -c"$CONNECTIONS" -d"$1" --latency -s "$2" "$3" | awk '/Requests\/sec/ {r = $2} $1 == "50%" {a = $2}
    $1 == "99%" {p = $2} /Non-2xx|Socket errors/ {e = e " " $0} END {printf "%8s req/s p50 %9s p99 %9s%s", r, a, p, e}'
}
# the portal on OpenSearch opens a point in time per first page (kept 1 min): closed before each round
no_pits() { curl -fs -o /dev/null -XDELETE "$OS/_search/point_in_time/_all" || true; sleep 2; }
# Servers just started compile for minutes (on 2 cores the compiler threads compete with the busy request threads):
# the rounds go on until the JIT compiler threads of all the JVMs (OpenSearch and both servers) took under 2 % of
# their CPU in a round, at least BENCH_WARMUP_ROUNDS (default 3), at most BENCH_WARMUP_MAX_ROUNDS (default 12).
java_ticks() { # CPU ticks of every JVM on the machine: all threads, and the JIT compiler threads
  local all=0 jit=0 p task t
  for p in $(pgrep -x java); do
    for task in /proc/$p/task/*; do
      t=$(awk '{print $14 + $15}' "$task/stat" 2>/dev/null || echo 0)
      all=$((all + t))
      case "$(cat "$task/comm" 2>/dev/null)" in C1\ Comp* | C2\ Comp*) jit=$((jit + t)) ;; esac
    done
  done
  echo "$all $jit"
}
WARMUP=${BENCH_WARMUP_ROUNDS:-3}
echo "== warm-up: the three in turn, 30 s each, until the JIT took < 2 % of a round"
for round in $(seq "${BENCH_WARMUP_MAX_ROUNDS:-12}"); do
  no_pits
  read -r all_before jit_before < <(java_ticks)
  for t in "$WORK/os.lua $OS" "$OUT/api.lua $LUCENE" "$OUT/api.lua $ON_OS"; do measure 30s $t > /dev/null; done
  read -r all_after jit_after < <(java_ticks)
  share=$(awk -v j=$((jit_after - jit_before)) -v a=$((all_after - all_before)) 'BEGIN {printf "%.1f", (a > 0 ? 100 * j / a : 0)}')
  echo "round $round: JIT compiling $share % of the JVMs' CPU"
  [ "$round" -ge "$WARMUP" ] && awk -v j="$share" 'BEGIN {exit !(j < 2)}' && break
done
echo "== $ROUNDS rounds, $CONNECTIONS connections, $DURATION each, $(nproc) cores"
for i in $(seq "$ROUNDS"); do
  no_pits
  echo "round $i"
  echo "  OpenSearch _search      $(measure "$DURATION" "$WORK/os.lua" $OS)" | tee -a "$WORK/os-raw.txt"
  echo "  portal JSON, Lucene     $(measure "$DURATION" "$OUT/api.lua" $LUCENE)" | tee -a "$WORK/json-lucene.txt"
  echo "  portal JSON, OpenSearch $(measure "$DURATION" "$OUT/api.lua" $ON_OS)" | tee -a "$WORK/json-os.txt"
done
awk 'FNR == 1 {f++} {for (i = 1; i <= NF; i++) if ($(i + 1) == "req/s") {v[f] += $i; n[f]++}}
  END {printf "means: OpenSearch _search %.1f, portal JSON on Lucene %.1f (%.2f×), portal JSON on OpenSearch %.1f (%.2f×)\n",
    v[1] / n[1], v[2] / n[2], (v[2] / n[2]) / (v[1] / n[1]), v[3] / n[3], (v[3] / n[3]) / (v[1] / n[1])}' \
  "$WORK/os-raw.txt" "$WORK/json-lucene.txt" "$WORK/json-os.txt"
