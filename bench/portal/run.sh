#!/usr/bin/env bash
# Portal benchmark: BENCH_DECISIONS published decisions (default 100,000) in PostgreSQL (schema gongshi_bench of
# database test on 127.0.0.1:5432), then wrk on loopback against the decision page, the search page and the JSON API.
# Prints requests/s and latency percentiles. Needs wrk and psql (apt-get install wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${BENCH_DECISIONS:-100000}
DURATION=${BENCH_DURATION:-30s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
SCHEMA=gongshi_bench
PSQL=(psql -h 127.0.0.1 -U postgres -d test -q -v ON_ERROR_STOP=1)
OUT=target/bench-portal
for tool in wrk psql curl; do command -v $tool >/dev/null || { echo "bench needs $tool (apt-get install wrk postgresql-client curl)"; exit 1; }; done
rm -rf "$OUT" && mkdir -p "$OUT"

echo "== build and provision (PostgreSQL)"
./mvnw -B -ntp -q install -DskipTests -Ppostgres
"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"

export GONGSHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" GONGSHI_DB_SCHEMA=$SCHEMA
export GONGSHI_DB_USER=postgres GONGSHI_DB_PASSWORD=postgres
export GONGSHI_STORE_DIR="$PWD/$OUT/store" GONGSHI_INDEX_DIR="$PWD/$OUT/index"
setsid wildfly-config/run.sh target/server/postgres/wildfly web/target/gongshi.war > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill -- -$SERVER 2>/dev/null || true' EXIT
until curl -fs -o /dev/null http://127.0.0.1:8080/; do
  kill -0 $SERVER 2>/dev/null || { echo "server stopped, see $OUT/server.log"; exit 1; }
  sleep 2
done

echo "== seed $N published decisions"
start=$(date +%s)
"${PSQL[@]}" -c "SET search_path=$SCHEMA" -v n="$N" -f bench/portal/seed.sql | tail -3
echo "seeded in $(( $(date +%s) - start )) s"
echo "== rebuild the public index"
curl -fs -u admin:gongshi2026 -X POST http://127.0.0.1:8080/api/public-index/rebuild; echo

read -r MIN MAX < <("${PSQL[@]}" -At -F ' ' -c "SELECT min(id), max(id) FROM $SCHEMA.published_decision WHERE status = 'PUBLISHED'")
cat > "$OUT/decision.lua" <<LUA
math.randomseed(42)
request = function() return wrk.format("GET", "/portal/decisions/" .. math.random($MIN, $MAX)) end
LUA
cat > "$OUT/search.lua" <<'LUA'
math.randomseed(42)
local q = {"%E5%8D%A0%E7%94%A8%E5%9F%8E%E5%B8%82%E9%81%93%E8%B7%AF", "%E6%89%AC%E5%B0%98", "%E6%81%92%E8%BE%BE",
  "%E9%A4%90%E9%A5%AE+%E6%B2%B9%E7%83%9F", "%22%E5%BB%BA%E7%AD%91%E5%9E%83%E5%9C%BE%22",
  "BENCH%E7%BB%BC%E6%89%A7%E7%BD%9A%E5%86%B3%E5%AD%97%EF%BC%882026%EF%BC%89%E7%AC%AC777%E5%8F%B7",
  "%E5%A4%9C%E9%97%B4%E6%96%BD%E5%B7%A5&year=2026", "%E5%B9%BF%E5%91%8A&domain=%E5%B8%82%E5%AE%B9%E7%8E%AF%E5%A2%83%E5%8D%AB%E7%94%9F"}
request = function() return wrk.format("GET", "/portal/search?q=" .. q[math.random(#q)]) end
LUA
sed 's#/portal/search?q=#/api/public/decisions?q=#' "$OUT/search.lua" > "$OUT/api.lua"

run() {
  local name=$1 script=$2
  wrk -t1 -c1 -d5s -s "$script" http://127.0.0.1:8080 > /dev/null # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" http://127.0.0.1:8080 > "$OUT/$name.txt"
  printf '%-16s %10s req/s   p50 %8s   p99 %8s   errors: %s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' "$OUT/$name.txt")" \
    "$(awk '$1=="50%" {print $2}' "$OUT/$name.txt")" "$(awk '$1=="99%" {print $2}' "$OUT/$name.txt")" \
    "$(grep -E 'Non-2xx|Socket errors' "$OUT/$name.txt" | tr '\n' ' ' || true)"
}
echo "== wrk, $CONNECTIONS connections, $DURATION each, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
run decision-page "$OUT/decision.lua"
run search-page "$OUT/search.lua"
run search-json "$OUT/api.lua"
kill -- -$SERVER 2>/dev/null || true
while kill -0 $SERVER 2>/dev/null; do sleep 1; done
"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
