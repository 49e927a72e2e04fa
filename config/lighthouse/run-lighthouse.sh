#!/usr/bin/env bash
# Lighthouse 12 (mobile preset, simulated slow 4G and 4x CPU slowdown) against the packaged shop, four storefront pages.
#
#   config/lighthouse/run-lighthouse.sh                       # starts target/pasar-bersinar-*.jar on port 18080 (demo data, H2)
#   BASE_URL=http://127.0.0.1:8080 config/lighthouse/run-lighthouse.sh   # measures a shop that is already running
#   THROTTLING=devtools RUNS=3 config/lighthouse/run-lighthouse.sh          # applied throttling, three runs per page
#
# Needs Node.js and Lighthouse outside the repository (npm i -g lighthouse@12, or npm i lighthouse@12 in a scratch
# directory and LIGHTHOUSE=/that/dir/node_modules/.bin/lighthouse), and Chromium (CHROME_PATH, default /usr/bin/chromium).
# Prints one line per page: performance, accessibility, best practices, SEO, LCP, TBT, CLS, the LCP element.
# The JSON reports stay in OUT_DIR (default target/lighthouse) for a closer look.
set -euo pipefail

cd "$(dirname "$0")/../.."
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
LIGHTHOUSE="${LIGHTHOUSE:-$(command -v lighthouse || true)}"
OUT_DIR="${OUT_DIR:-target/lighthouse}"
mkdir -p "$OUT_DIR"; OUT_DIR=$(cd "$OUT_DIR" && pwd)
PORT="${PORT:-18080}"
RUNS="${RUNS:-1}"
# simulate (Lighthouse's default, what PageSpeed Insights reports) or devtools (the page really loaded through a
# slowed network and CPU). Simulation replays the unthrottled load; it cannot see a first paint that only happens
# because the network is slow, so the two differ for this shop (docs/performance.md, "Lighthouse").
THROTTLING="${THROTTLING:-simulate}"
if [[ -z "$LIGHTHOUSE" ]]; then
  echo "No lighthouse on PATH: npm i -g lighthouse@12 (or set LIGHTHOUSE=…/node_modules/.bin/lighthouse)" >&2
  exit 2
fi
mkdir -p "$OUT_DIR"

started=""
if [[ -z "${BASE_URL:-}" ]]; then
  jar=$(ls target/pasar-bersinar-*.jar 2>/dev/null | grep -v original | head -1 || true)
  [[ -n "$jar" ]] || { echo "No packaged jar: ./mvnw -B -o -DskipTests package" >&2; exit 2; }
  work=$(mktemp -d)
  (cd "$work" && exec "${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}" -jar "$OLDPWD/$jar" --server.port="$PORT" --server.address=127.0.0.1 > "$work/shop.log" 2>&1) &
  started=$!
  trap '[[ -n "$started" ]] && kill "$started" 2>/dev/null; wait "$started" 2>/dev/null || true' EXIT
  BASE_URL="http://127.0.0.1:$PORT"
  # Up once the demo data is in: the sitemap names a product (the shop answers "/" before the demo data is loaded).
  for _ in $(seq 1 240); do
    curl -fs "$BASE_URL/sitemap/produk-1.xml" 2>/dev/null | grep -q '/produk/' && break
    kill -0 "$started" 2>/dev/null || { tail -n 40 "$work/shop.log" >&2; echo "The shop died while starting" >&2; exit 1; }
    sleep 1
  done
fi
BASE_URL="${BASE_URL%/}"

# A product page and a group page: the first ones the sitemap and the home page name.
product=$(curl -fs "$BASE_URL/sitemap/produk-1.xml" | grep -o '/produk/[^<]*' | head -1 | sed 's|^/||' || true)
[[ -n "$product" ]] || { echo "No product in $BASE_URL/sitemap/produk-1.xml: is the shop up with its demo data?" >&2; exit 1; }
group=$(curl -fs "$BASE_URL/" | grep -o 'kelompok/[a-z0-9-]*' | head -1)
pages=("/" "/katalog" "/${product}" "/${group}")

# Warm the server (JIT, caches, image renditions) so the figures measure the page, not the first request.
for page in "${pages[@]}"; do curl -fs -o /dev/null "$BASE_URL$page" || true; done

flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
echo "Lighthouse $("$LIGHTHOUSE" --version), mobile preset, throttling: $THROTTLING, $BASE_URL"
printf '%-44s %5s %5s %5s %5s %8s %8s %6s  %s\n' page perf a11y bp seo LCP TBT CLS "LCP element"
for page in "${pages[@]}"; do
  name=$(echo "$page" | tr '/' '_' | sed 's/^_//; s/^$/home/')
  [[ -n "$name" ]] || name=home
  for run in $(seq 1 "$RUNS"); do
    report="$OUT_DIR/${name:-home}-$run.json"
    "$LIGHTHOUSE" "$BASE_URL$page" --quiet --output=json --output-path="$report" \
      --chrome-flags="$flags" --form-factor=mobile --throttling-method="$THROTTLING" >/dev/null 2>&1 || true
    node -e '
      const r = require(process.argv[1]);
      const c = r.categories, a = r.audits;
      const s = k => c[k] && c[k].score != null ? Math.round(c[k].score * 100) : "-";
      const lcpEl = (a["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.selector) || "";
      const line = [process.argv[2].padEnd(44), String(s("performance")).padStart(5), String(s("accessibility")).padStart(5),
        String(s("best-practices")).padStart(5), String(s("seo")).padStart(5),
        (a["largest-contentful-paint"].displayValue || "").padStart(8), (a["total-blocking-time"].displayValue || "").padStart(8),
        (a["cumulative-layout-shift"].displayValue || "").padStart(6), lcpEl].join(" ");
      console.log(line);
      for (const k of Object.keys(c)) for (const ref of c[k].auditRefs) {
        const au = a[ref.id];
        if (ref.weight > 0 && au && au.score !== null && au.score < 1 && k !== "performance") console.log("    " + k + ": " + ref.id + " (" + au.title + ")");
      }' "$report" "$page"
  done
done
