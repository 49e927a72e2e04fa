#!/usr/bin/env bash
# Leaves the packaged shop in OUT (default target/aot-app) ready to start quickly: the jar extracted by Spring Boot's
# jar tools (plain jars on the class path instead of jars nested in a jar), app.aot, the JDK's AOT cache (JDK 25+,
# JEP 483/514/515: classes loaded and linked, method profiles), and ./start, the one command to run it.
#
#   ./mvnw -B -DskipTests package && config/aot-cache.sh
#   PASAR_DEMO=true target/aot-app/start                 # any arguments go to the shop, e.g. --server.port=8081
#
# The cache is recorded by a training run: the demo's first start in a scratch folder (so OUT never holds a database),
# until its demo data is loaded and the home page, a product and the catalog have been shown once; then the run is
# stopped and the JVM writes the cache. TRAINING=refresh trains only until Spring's context is refreshed
# (-Dspring.context.exit=onRefresh, Spring Boot's documented way; quicker to build, slower to start).
#
# ./start adds -XX:AOTCache=app.aot when the JDK knows the option (24+) and starts from the same folder without it on
# JDK 21-23. The JVM refuses a cache (with a warning, and starts as without it) that another JDK made or whose jars
# changed since, so the folder may be copied (cp -rp, tar) as long as the files keep their modification times.
# docs/performance.md, "First start", has the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
OUT="${OUT:-target/aot-app}"
TRAINING_MODE="${TRAINING:-full}"
JAR=$(ls target/pasar-bersinar-*.jar | head -1)
rm -rf "$OUT"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT"
OUT=$(cd "$OUT" && pwd)
APP_JAR=$(basename "$JAR")
cat > "$OUT/start" <<EOF
#!/bin/sh
# Starts the shop from this folder (made by config/aot-cache.sh), with the JDK's AOT cache when the JDK has it (24+).
# Uses JAVA_HOME's java if set, else the one on the PATH; arguments go to the shop. Run it from the folder the shop
# should keep its data in (the demo's ./data).
HERE=\$(cd "\$(dirname "\$0")" && pwd)
JAVA="\${JAVA_HOME:+\$JAVA_HOME/bin/}java"
if "\$JAVA" -XX:AOTMode=auto -version >/dev/null 2>&1; then
  exec "\$JAVA" \${JAVA_OPTS:-} -XX:AOTCache="\$HERE/app.aot" -jar "\$HERE/$APP_JAR" "\$@"
fi
exec "\$JAVA" \${JAVA_OPTS:-} -jar "\$HERE/$APP_JAR" "\$@"
EOF
chmod +x "$OUT/start"
if ! "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -qw AOTCacheOutput; then
  echo "This JDK makes no AOT cache (JDK 25+ does): $OUT starts without one." >&2
  exit 0
fi
TRAINING_DIR=$(mktemp -d)
trap 'rm -rf "$TRAINING_DIR"' EXIT
LOG="$TRAINING_DIR/training.log"
if [[ "$TRAINING_MODE" == refresh ]]; then
  (cd "$TRAINING_DIR" && PASAR_DEMO=true "$JAVA" -Xmx700m -XX:AOTCacheOutput="$OUT/app.aot" -Dspring.context.exit=onRefresh \
    -jar "$OUT/$APP_JAR" --server.port=0 > "$LOG" 2>&1) || { cat "$LOG" >&2; exit 1; }
else
  (cd "$TRAINING_DIR" && PASAR_DEMO=true exec "$JAVA" -Xmx700m -XX:AOTCacheOutput="$OUT/app.aot" -jar "$OUT/$APP_JAR" \
    --server.port=0 --server.address=127.0.0.1 > "$LOG" 2>&1) &
  SHOP=$!
  fail() { echo "Training run: $1" >&2; tail -40 "$LOG" >&2; kill "$SHOP" 2>/dev/null || true; exit 1; }
  for _ in $(seq 1 900); do
    grep -q "Demo data loaded" "$LOG" && break
    kill -0 "$SHOP" 2>/dev/null || fail "the shop stopped"
    sleep 1
  done
  grep -q "Demo data loaded" "$LOG" || fail "no 'Demo data loaded' after 15 minutes"
  PORT=$(grep -o 'Tomcat started on port [0-9]*' "$LOG" | grep -o '[0-9]*$' | head -1)
  BASE="http://127.0.0.1:$PORT"
  PRODUCT=$(curl -fsS "$BASE/" | grep -oE 'href="/?produk/[a-z0-9-]+"' | head -1 | grep -oE 'produk/[a-z0-9-]+') \
    || fail "the home page showed no product"
  for page in / "/$PRODUCT" /katalog "/cari?q=tenun" /robots.txt; do
    curl -fsS -o /dev/null "$BASE$page" || fail "$page did not answer"
  done
  # Stopped as any shop is (SIGTERM, graceful shutdown): the JVM writes the cache as it exits.
  kill -TERM "$SHOP"
  wait "$SHOP" || true
fi
[[ -s "$OUT/app.aot" ]] || { echo "No AOT cache was written" >&2; tail -40 "$LOG" >&2; exit 1; }
rm -f "$OUT/app.aot.config"
ls -l "$OUT/app.aot"
echo "Start it with: PASAR_DEMO=true $OUT/start"
