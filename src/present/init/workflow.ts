/** Where init writes the Pages workflow, unless a file is already there. */
export const WORKFLOW_PATH = '.github/workflows/govpages.yml';

/**
 * The GitHub Pages workflow init writes: docs/examples/pages-workflow.yml (a test keeps the two the
 * same) with the repository's branch. Checkout with `fetch-depth: 0` (churn and stability need
 * the whole history), the govpages action (action.yml), then upload-pages-artifact and deploy-pages.
 */
export function pagesWorkflow(branch: string): string {
  return `# .github/workflows/govpages.yml: build the governance status site and publish it on GitHub Pages.
# Settings > Pages > Source: "GitHub Actions". Secrets: GOV_SIGNING_PRIVATE_KEY (from \`govpages keygen\`),
# optionally GOVERNANCE_WEBHOOK.
name: governance status

on:
  push:
    branches: [${yamlScalar(branch)}]
  schedule:
    - cron: '17 6 * * *' # daily, so day-based figures (days since change, 30-day windows) move on quiet days
  workflow_dispatch:

permissions:
  contents: write # push the govpages-state branch (history, streaks, audit archive)
  pages: write
  id-token: write

concurrency:
  group: govpages
  cancel-in-progress: false # runs in turn: a run racing another would have its state branch push refused

jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      verdict: \${{ steps.govpages.outputs.verdict }}
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # churn and stability are computed from the full git history

      - id: pages
        uses: actions/configure-pages@v5

      - id: govpages
        uses: your-org/govpages@v1 # or a path/ref to a checkout of govpages
        with:
          config: govpages.config.json
          output-dir: dist
          base-path: \${{ steps.pages.outputs.base_path }}/
          site-url: \${{ steps.pages.outputs.base_url }}/
          signing-key: \${{ secrets.GOV_SIGNING_PRIVATE_KEY }}
          webhook: \${{ secrets.GOVERNANCE_WEBHOOK }}

      - uses: actions/upload-pages-artifact@v3
        with:
          path: dist

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}

/** A branch name as a YAML flow scalar: plain when it is safe, else a JSON string (valid YAML). */
function yamlScalar(value: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(value) ? value : JSON.stringify(value);
}
