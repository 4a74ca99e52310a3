#!/usr/bin/env bash
# The package as a user gets it: `npm pack` (prepack compiles lib/), the tarball installed into a
# fresh git repository, then `govpages init`, `lint` and `build` there. Run by .ci/run after npm test; alone: `bash scripts/ci/package-smoke.sh`.
# The install reads the npm cache first (.ci/run's npm ci filled it) and the registry only for
# what is missing, within a time limit.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
# The Node 22 of the `node` devDependency, as the npm scripts use it (the system Node may be older).
export PATH="$root/node_modules/.bin:$PATH"
work="$(mktemp -d "${TMPDIR:-/tmp}/govpages-package-XXXXXX")"
trap 'rm -rf "$work"' EXIT
say() { echo "package-smoke: $*"; }

say "npm pack"
(cd "$root" && npm pack --silent --pack-destination "$work" >/dev/null)
tarball="$(ls "$work"/govpages-*.tgz)"
listing="$(tar tzf "$tarball")"
say "$(echo "$listing" | wc -l | tr -d ' ') files in $(basename "$tarball")"
for required in package/bin/govpages.mjs package/lib/cli/main.js package/lib/cli/main.js.map package/lib/index.d.ts package/src/site/pages/index.astro; do
  echo "$listing" | grep -qx "$required" || { say "error: the tarball lacks ${required#package/}"; exit 1; }
done
if echo "$listing" | grep -qE '^package/(tests|scripts|\.ci|docs|bench-out|node_modules)/'; then
  say "error: the tarball ships development files:"; echo "$listing" | grep -E '^package/(tests|scripts|\.ci|docs|bench-out|node_modules)/' | head; exit 1
fi

repo="$work/repo"
mkdir -p "$repo/prometheus"
git -C "$repo" init --quiet --initial-branch=main
commit() { git -C "$repo" add -A && git -C "$repo" -c user.name=ci -c user.email=ci@govpages.invalid commit --quiet -m "$1"; }
printf 'node_modules/\ndist/\n' > "$repo/.gitignore"
cat > "$repo/prometheus/rules.yml" <<'EOF'
groups:
  - name: api
    rules:
      - alert: ApiHighErrorRate
        expr: sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05
        for: 5m
        labels:
          severity: critical
        annotations:
          summary: More than 5% of requests fail.
          runbook_url: https://runbooks.example.com/api-high-error-rate
      - alert: ApiSlow
        expr: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) > 1
        for: 10m
        labels:
          severity: high
        annotations:
          summary: p95 latency above one second.
          runbook_url: https://runbooks.example.com/api-slow
EOF
commit "Alerting rules"

say "npm install the tarball into a fresh repository"
(cd "$repo" && echo '{ "private": true }' > package.json \
  && timeout 900 npm install --prefer-offline --no-audit --no-fund --loglevel=error "$tarball")
[ ! -e "$repo/node_modules/tsx" ] || { say "error: tsx was installed: the package must not need it"; exit 1; }

# The library entry points resolve to the compiled JavaScript, with no TypeScript loader.
(cd "$repo" && node --input-type=module -e "
  const main = await import('govpages');
  const site = await import('govpages/site');
  if (typeof main.build !== 'function' || typeof site.renderSite !== 'function') throw new Error('missing exports');
  if (!import.meta.resolve('govpages').endsWith('/node_modules/govpages/lib/index.js')) throw new Error(import.meta.resolve('govpages'));
")
say "import 'govpages' and 'govpages/site': ok"

gp() { (cd "$repo" && npx --no-install govpages "$@"); }
say "govpages --version: $(gp --version)"
say "govpages init"
gp init
[ -f "$repo/govpages.config.json" ] && [ -f "$repo/alerts_taxonomy.json" ] && [ -f "$repo/.github/workflows/govpages.yml" ] \
  || { say "error: init did not write the config, the taxonomy and the workflow"; exit 1; }
commit "govpages config and taxonomy"

say "govpages lint"
gp lint
say "govpages build"
gp build --out dist
for file in dist/index.html dist/status/status.json dist/badge-alerts-total.json dist/badges/badge-alerts-total.svg; do
  [ -f "$repo/$file" ] || { say "error: the build wrote no $file"; ls "$repo/dist"; exit 1; }
done
say "ok: packed, installed, init/lint/build ran in a fresh repository"
