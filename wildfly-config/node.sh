#!/usr/bin/env bash
# Runs one member of a Gongshi cluster in the foreground from the provisioned server (PostgreSQL):
#   node.sh SERVER_HOME BASE_DIR node NAME OFFSET WAR    a node (gongshi-ha.xml), named NAME
#   node.sh SERVER_HOME BASE_DIR balancer NAME OFFSET    the balancer (gongshi-balancer.xml)
# Each member has a server base directory of its own (configuration copied from SERVER_HOME at the
# first start; its data, index and logs stay there) and its ports shifted by OFFSET. The nodes share
# the database (GONGSHI_DB_URL…) and the content store (GONGSHI_STORE_DIR, required); the peers and
# the balancer's nodes come from GONGSHI_CLUSTER_PEER1/2_HOST/PORT and GONGSHI_NODE1/2_HOST/PORT.
set -euo pipefail
home="$1"; base="$2"; role="$3"; name="$4"; offset="$5"; war="${6:-}"
case "$role" in
  node) config=gongshi-ha.xml; [ -n "${GONGSHI_STORE_DIR:-}" ] || { echo "GONGSHI_STORE_DIR (the shared content store) is not set" >&2; exit 2; };;
  balancer) config=gongshi-balancer.xml;;
  *) echo "role must be node or balancer, not '$role'" >&2; exit 2;;
esac
[ -f "$home/standalone/configuration/$config" ] || { echo "$home has no $config: provision with PostgreSQL (-Ppostgres)" >&2; exit 2; }
if [ ! -d "$base/configuration" ]; then
  mkdir -p "$base/deployments"
  cp -R "$home/standalone/configuration" "$base/configuration"
fi
if [ "$role" = node ]; then
  rm -f "$base"/deployments/gongshi.*
  cp "$war" "$base/deployments/gongshi.war"
  mkdir -p "$GONGSHI_STORE_DIR"
fi
export JDK_SERIAL_FILTER="${JDK_SERIAL_FILTER:-maxbytes=10485760;maxdepth=128;maxarray=4194304;maxrefs=300000}"
if [ "$role" = node ]; then export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms256m -Xmx1536m}"
else export JBOSS_JAVA_SIZING="-Xms64m -Xmx256m"; fi
exec "$home/bin/standalone.sh" -c "$config" -b 127.0.0.1 -bprivate 127.0.0.1 \
  -Djboss.bind.address.management=127.0.0.1 -Djboss.server.base.dir="$base" \
  -Djboss.socket.binding.port-offset="$offset" -Djboss.node.name="$name" -Djboss.tx.node.id="$name" \
  -Djboss.as.management.blocking.timeout="${GONGSHI_BOOT_TIMEOUT:-1200}" -Dgongshi.scanner=true
