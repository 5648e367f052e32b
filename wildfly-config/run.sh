#!/usr/bin/env bash
# Deploys the application (WAR or EAR) into the provisioned server and runs it in the foreground. Ctrl-C stops it;
# data (H2 database, content store, index) stays in standalone/data for the next run.
set -euo pipefail
home="$1"; app="$2"; shift 2 # further arguments go to standalone.sh (e.g. -Djboss.socket.binding.port-offset=N)
# WildFly's default deserialisation filter (maxarray=100000) refuses HanLP's dictionary caches (arrays of ~900k).
export JDK_SERIAL_FILTER="${JDK_SERIAL_FILTER:-maxbytes=10485760;maxdepth=128;maxarray=4194304;maxrefs=300000}"
# WildFly's default heap (512 MB) is too small: the application in use holds about 440 MB after a full GC
# (HanLP dictionaries, Tika, Lucene, JasperReports). Override with JBOSS_JAVA_SIZING.
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms256m -Xmx2g}"
rm -f "$home"/standalone/deployments/gongshi.*
cp "$app" "$home/standalone/deployments/$(basename "$app")"
# A busy or slow machine can need more than WildFly's default 300 s for the first deployment (Lucene, HanLP,
# Flyway, the demo data); the boot would then roll back.
boot_timeout="${GONGSHI_BOOT_TIMEOUT:-900}"
echo "Starting Gongshi on http://localhost:8080/ (data in $home/standalone/data). Ctrl-C stops it."
exec "$home/bin/standalone.sh" -c gongshi.xml -b 127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
  -Djboss.as.management.blocking.timeout="$boot_timeout" "$@"
