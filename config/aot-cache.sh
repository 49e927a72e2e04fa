#!/usr/bin/env bash
# Builds the shop in the form the JDK's AOT cache (JDK 25, JEP 483/514/515) needs: the jar extracted by Spring Boot's
# jar tools into OUT (default target/aot-app) plus app.aot, recorded by a training run that starts the shop on a scratch
# database and exits once Spring's context is refreshed (-Dspring.context.exit=onRefresh, Spring Boot's documented way).
#
#   ./mvnw -B -DskipTests package && config/aot-cache.sh
#   cd target/aot-app && PASAR_DEMO=true java -XX:AOTCache=app.aot -jar pasar-bersinar-*.jar
#
# The folder can be moved or copied (cp -rp, tar) as long as the files keep their modification times: the JVM refuses
# the cache (and starts without it, as fast as plain java -jar) when a jar differs from the training run's or the JDK
# is another one. docs/performance.md, "First start", has the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
OUT="${OUT:-target/aot-app}"
JAR=$(ls target/pasar-bersinar-*.jar | head -1)
rm -rf "$OUT"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT"
APP_JAR=$(basename "$JAR")
TRAINING=$(mktemp -d)
trap 'rm -rf "$TRAINING"' EXIT
# The training run works in a scratch folder so that OUT never holds a database; the class path is OUT's own jars.
(cd "$TRAINING" && PASAR_DEMO=true "$JAVA" -Xmx700m -XX:AOTCacheOutput="$OLDPWD/$OUT/app.aot" -Dspring.context.exit=onRefresh \
  -jar "$OLDPWD/$OUT/$APP_JAR" --server.port=0 > training.log 2>&1) || { cat "$TRAINING/training.log" >&2; exit 1; }
ls -l "$OUT/app.aot"
echo "Start it with: cd $OUT && PASAR_DEMO=true java -XX:AOTCache=app.aot -jar $APP_JAR"
