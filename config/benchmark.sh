#!/usr/bin/env bash
# The storefront and first-start benchmark of the packaged jar (issue 18; docs/performance.md, "First start and
# storefront under load"). Not a test: it measures and prints a table.
#
#   config/benchmark.sh                     # builds the jar if there is none, then runs the benchmark
#   BUILD=1 config/benchmark.sh             # builds the jar first in any case
#   SECONDS_PER_RUN=5 CONNECTIONS=8,32 PORT=18090 JAVA_OPTS='-Xmx700m' config/benchmark.sh
#   BASE_URL=http://127.0.0.1:8080 config/benchmark.sh   # only the pages, of a shop that already runs there
#   config/aot-cache.sh && APP_FOLDER=target/aot-app JAVA_OPTS='-Xmx700m -XX:AOTCache=app.aot' config/benchmark.sh
#   START_COMMAND=config/demo.sh config/benchmark.sh      # the README's first command (prepared first, then timed)
#
# It copies target/pasar-bersinar-*.jar into a fresh folder (target/benchmark-run-<time>), starts the demo there
# (PASAR_DEMO=true java -jar app.jar), measures the time to a home page with demo products on the fresh folder and on a
# second start, then every storefront page against a photo and /robots.txt at 8 and 32 connections. The load generator
# is id.go.bnn.pasarbersinar.benchmark.StorefrontBenchmark (JDK HttpClient on virtual threads): needs a JDK 21+ only.
# The table is also written to target/benchmark-storefront.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
if [[ "${BUILD:-0}" == 1 ]] || ! ls target/pasar-bersinar-*.jar >/dev/null 2>&1; then
  ./mvnw -B -q -DskipTests package
fi
if [[ ! -f target/test-classes/id/go/bnn/pasarbersinar/benchmark/StorefrontBenchmark.class ]]; then
  ./mvnw -B -q test-compile
fi
if [[ -n "${START_COMMAND:-}" ]]; then
  [[ "$START_COMMAND" == /* ]] || START_COMMAND="$PWD/$START_COMMAND"
  PREPARE_ONLY=1 $START_COMMAND
fi
exec "$JAVA" -cp target/test-classes \
  -Dbenchmark.port="${PORT:-18090}" \
  -Dbenchmark.seconds="${SECONDS_PER_RUN:-10}" \
  -Dbenchmark.warmup="${WARMUP:-3}" \
  -Dbenchmark.connections="${CONNECTIONS:-8,32}" \
  -Dbenchmark.java-options="${JAVA_OPTS:--Xmx700m}" \
  ${BENCHMARK_DIR:+-Dbenchmark.dir="$BENCHMARK_DIR"} \
  ${APP_FOLDER:+-Dbenchmark.app-folder="$APP_FOLDER"} \
  ${START_COMMAND:+-Dbenchmark.command="$START_COMMAND"} \
  ${BASE_URL:+-Dbenchmark.base-url="$BASE_URL"} \
  id.go.bnn.pasarbersinar.benchmark.StorefrontBenchmark
