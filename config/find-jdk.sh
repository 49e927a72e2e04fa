#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: JAVA_HOME if it is one, else the JDK of the `java` on the PATH if it is one,
# else the newest under /usr/lib/jvm (or JDK_SEARCH_PATH). Prints nothing and exits 1 if there is none.
# Used by config/demo.sh (the README's first command) and .ci/run.
set -uo pipefail
# The major version from the JDK's release file (no JVM started), else from the JVM itself.
java_major() {
    local major
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n1)
    [ -n "$major" ] || major=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java.specification.version = //p' | head -n1 | cut -d. -f1)
    echo "${major:-0}"
}
is_jdk21() {
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(java_major "$1")" -ge 21 ] 2>/dev/null
}
if [ -n "${JAVA_HOME:-}" ] && is_jdk21 "$JAVA_HOME"; then
    echo "$JAVA_HOME"
    exit 0
fi
if command -v java >/dev/null; then
    on_path=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if [ -n "$on_path" ] && is_jdk21 "$on_path"; then
        echo "$on_path"
        exit 0
    fi
fi
best="" best_major=0
for candidate in ${JDK_SEARCH_PATH:-/usr/lib/jvm/*}; do
    is_jdk21 "$candidate" || continue
    major=$(java_major "$candidate")
    if [ "$major" -gt "$best_major" ]; then
        best=$candidate
        best_major=$major
    fi
done
[ -n "$best" ] && echo "$best"
