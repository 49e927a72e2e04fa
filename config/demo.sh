#!/usr/bin/env bash
# The README's first command: runs the demo (PASAR_DEMO=true: the embedded database with demo data, the demo payment
# provider) at http://localhost:8080, keeping its data in ./data of the folder it is started from.
#
#   config/demo.sh                          # from the checkout: data in ./data (delete it to start afresh)
#   config/demo.sh --server.port=8081       # arguments go to the shop
#   JAVA_OPTS=-Xmx1g config/demo.sh         # options for the shop's JVM
#   PREPARE_ONLY=1 config/demo.sh           # build what is missing or stale, then stop instead of starting the shop
#
# It needs a JDK 21 or newer (JAVA_HOME, the java on the PATH or one under /usr/lib/jvm: config/find-jdk.sh) and
# nothing else. What it needs it builds once and again only when the sources changed: the packaged jar (./mvnw
# package, without the tests) and target/aot-app, the jar extracted with the JDK's AOT cache from a training run
# (config/aot-cache.sh; JDK 25: about half the start-up work; on JDK 21-24 the folder starts without a cache). Then it
# starts the shop from target/aot-app. docs/performance.md, "First start", has the figures.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAVA_HOME=$("$ROOT/config/find-jdk.sh") || {
    echo "config/demo.sh: no JDK 21 or newer found (JAVA_HOME, the java on the PATH, /usr/lib/jvm). Install one, or point JAVA_HOME at it." >&2
    exit 1
}
export JAVA_HOME
APP="$ROOT/target/aot-app"
jar() { ls "$ROOT"/target/pasar-bersinar-*.jar 2>/dev/null | grep -v original | head -n1 || true; }
# The JDK the cache was made with: another one (or another build of it) refuses the cache.
jdk_stamp() {
    echo "$JAVA_HOME"
    grep -E '^(JAVA_RUNTIME_VERSION|IMPLEMENTOR)=' "$JAVA_HOME/release" 2>/dev/null || "$JAVA_HOME/bin/java" -version 2>&1
}

JAR=$(jar)
# Sources changed since the jar was built (Vaadin's own generated files under src/main/frontend do not count: every
# Maven run writes them).
changed() {
    cd "$ROOT" && find pom.xml src/main frontend \( -path src/main/frontend/generated -o -path src/main/frontend/index.html \) -prune \
        -o -newer "$1" -print -quit 2>/dev/null
}
if [ -z "$JAR" ] || [ -n "$(changed "$JAR")" ]; then
    echo "config/demo.sh: building the shop (./mvnw package without the tests; the first time takes a few minutes)" >&2
    (cd "$ROOT" && ./mvnw -B -q -Dmaven.test.skip=true package)
    JAR=$(jar)
    [ -n "$JAR" ] || { echo "config/demo.sh: the build left no target/pasar-bersinar-*.jar" >&2; exit 1; }
fi
if [ ! -x "$APP/start" ] || [ "$JAR" -nt "$APP/start" ] || [ "$(cat "$APP/jdk" 2>/dev/null)" != "$(jdk_stamp)" ]; then
    echo "config/demo.sh: preparing target/aot-app (the extracted jar and the JDK's AOT cache, from a training run of about a minute)" >&2
    "$ROOT/config/aot-cache.sh" >&2
    jdk_stamp > "$APP/jdk"
fi
[ "${PREPARE_ONLY:-0}" = 1 ] && exit 0
export PASAR_DEMO=true
exec "$APP/start" "$@"
