#!/usr/bin/env bash
# Makes Gongshi's server: unpacks the stock WildFly dist zip and applies the jboss-cli scripts
# beside this file. Runs again only when the scripts, the DB kind or the driver change; the
# server's data directory (H2 database, content store, index) is kept across re-provisioning.
# With PostgreSQL it also makes the cluster's configurations (gongshi-ha.xml, gongshi-balancer.xml).
# usage: provision.sh WILDFLY_DIST_ZIP SERVER_HOME DB_KIND(h2|postgres) POSTGRES_DRIVER_JAR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
zip="$1"; home="$2"; db="$3"; pgjar="$4"
case "$db" in h2|postgres) ;; *) echo "GONGSHI_DB must be h2 or postgres, not '$db'" >&2; exit 2;; esac

stamp=$( (cat "$here"/*.cli "$0"; echo "$db"; basename "$pgjar"; basename "$zip") | sha256sum | cut -c1-16)
marker="$home/.gongshi-provisioned"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$stamp" ]; then exit 0; fi

parent="$(dirname "$home")"; mkdir -p "$parent"
if pgrep -f -- "-Djboss.home.dir=$home" >/dev/null 2>&1; then
  echo "The Gongshi server in $home is running and its configuration changed: stop it (Ctrl-C) and run again." >&2
  exit 1
fi
keep=""
if [ -d "$home/standalone/data" ]; then keep="$parent/.data-$$"; mv "$home/standalone/data" "$keep"; fi
rm -rf "$home" "$parent/.unpack-$$"
mkdir "$parent/.unpack-$$"
unzip -q "$zip" -d "$parent/.unpack-$$"
rm -rf "$home"
mv -T "$parent/.unpack-$$"/wildfly-* "$home"; rmdir "$parent/.unpack-$$"
[ -n "$keep" ] && mv "$keep" "$home/standalone/data"

cp "$home/standalone/configuration/standalone.xml" "$home/standalone/configuration/gongshi.xml"
# Lucene decodes postings with the incubating Vector API when the JVM offers it (its log says whether it does).
# Through the launcher's variable: an add-modules in JAVA_OPTS would stop standalone.sh adding its own module flags.
echo 'export JDK_JAVA_OPTIONS="${JDK_JAVA_OPTIONS:+$JDK_JAVA_OPTIONS }--add-modules=jdk.incubator.vector"' >> "$home/bin/standalone.conf"
export NOPAUSE=true
run_cli() {
  if ! "$home/bin/jboss-cli.sh" --file="$1" --properties=<(printf 'pgjar=%s\n' "$pgjar") > "$home/provision.log" 2>&1; then
    grep -v WARNING "$home/provision.log" >&2; echo "jboss-cli failed on $1" >&2; exit 1
  fi
}
run_cli "$here/configure-drivers.cli"
run_cli "$here/configure-datasource-$db.cli"
run_cli "$here/configure-gongshi.cli"
if [ "$db" = postgres ]; then
  # two or more nodes on the shared database (./gongshi cluster, ClusterIT): standalone-ha with the same
  # scripts, then the cluster's own; and a plain server as the balancer in front of them
  cp "$home/standalone/configuration/standalone-ha.xml" "$home/standalone/configuration/gongshi-ha.xml"
  cp "$home/standalone/configuration/standalone.xml" "$home/standalone/configuration/gongshi-balancer.xml"
  for s in configure-drivers configure-datasource-postgres configure-gongshi; do
    sed -e 's/--server-config=gongshi\.xml/--server-config=gongshi-ha.xml/' -e '/^module add/d' "$here/$s.cli" > "$home/$s-ha.cli"
    run_cli "$home/$s-ha.cli"
  done
  run_cli "$here/configure-cluster.cli"
  run_cli "$here/configure-balancer.cli"
fi
echo "$stamp" > "$marker"
echo "Gongshi server configured ($db) in $home"
