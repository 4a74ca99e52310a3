import type { DemoStep } from './step.ts';

/**
 * The demo portfolio: repositories under `organizations/` that change over six months. The last
 * step (day 170) is the one the demo's drift shows: a build without saved checkpoints reconstructs
 * the previous checkpoint from the commit before it (see docs/kinds/catalog.md), so the demo site has a
 * degraded repository (acme/web-portal loses CODEOWNERS), a new one (globex/billing-worker), a
 * removed one (globex/legacy-cron) and changed hashes (acme/payments-api's README).
 * At the end: 6 repositories, 4 compliant (globex/docs-site's metadata misspells `owner`).
 */
export const catalogDemoConfig = {
  catalog: {
    metadata: ['organizations/*/*/.meta/repo.yaml'],
  },
};

const MIT =
  'MIT License\n\nCopyright (c) 2026 Example Corp\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software.\n';
const SECURITY = '# Security policy\n\nReport vulnerabilities to security@example.com. We answer within two working days.\n';

function meta(fields: Record<string, string | number | string[]>): string {
  return Object.entries(fields)
    .map(([key, value]) =>
      Array.isArray(value)
        ? `${key}:\n${value.map((item) => `  - ${item}`).join('\n')}`
        : `${key}: ${typeof value === 'string' ? JSON.stringify(value) : value}`,
    )
    .join('\n')
    .concat('\n');
}

function readme(name: string, text: string): string {
  return `# ${name}\n\n${text}\n`;
}

const base = 'organizations';

export const catalogDemoSteps: DemoStep[] = [
  {
    day: 5,
    hour: 9,
    message: 'catalog: onboard the first acme and globex repositories',
    files: {
      [`${base}/acme/payments-api/.meta/repo.yaml`]: meta({
        name: 'payments-api',
        description: 'Card and SEPA payments API',
        tier: 1,
        owner: '@acme/payments',
        lifecycle: 'active',
        language: 'TypeScript',
        tags: ['pci', 'api'],
      }),
      [`${base}/acme/payments-api/README.md`]: readme('payments-api', 'Card and SEPA payments for every acme storefront.'),
      [`${base}/acme/payments-api/.github/CODEOWNERS`]: '* @acme/payments\n',
      [`${base}/acme/payments-api/LICENSE`]: MIT,
      [`${base}/acme/payments-api/SECURITY.md`]: SECURITY,
      [`${base}/acme/web-portal/.meta/repo.yaml`]: meta({
        name: 'web-portal',
        description: 'Customer web portal',
        tier: 2,
        owner: '@acme/web',
        language: 'TypeScript',
      }),
      [`${base}/acme/web-portal/README.md`]: readme('web-portal', 'The customer portal at portal.acme.example.'),
      [`${base}/acme/web-portal/CODEOWNERS`]: '* @acme/web\n',
      [`${base}/acme/web-portal/LICENSE`]: MIT,
      [`${base}/globex/docs-site/.meta/repo.yaml`]: meta({ name: 'docs-site', description: 'Public documentation site', tier: 4, team: '@globex/docs' }),
      [`${base}/globex/docs-site/README.md`]: readme('docs-site', 'Sources of docs.globex.example.'),
      [`${base}/globex/legacy-cron/.meta/repo.yaml`]: meta({
        name: 'legacy-cron',
        description: 'Nightly batch jobs (being retired)',
        tier: 3,
        owner: '@globex/platform',
        lifecycle: 'deprecated',
      }),
      [`${base}/globex/legacy-cron/README.md`]: readme('legacy-cron', 'Nightly jobs; replaced by data-pipeline.'),
      [`${base}/globex/legacy-cron/LICENSE`]: MIT,
    },
  },
  {
    day: 40,
    hour: 10,
    message: 'catalog: onboard data-pipeline and auth-service',
    files: {
      [`${base}/acme/data-pipeline/.meta/repo.yaml`]: meta({ name: 'data-pipeline', description: 'TODO', tier: 3, owner: '@acme/data', language: 'Python' }),
      [`${base}/acme/data-pipeline/README.md`]: readme('data-pipeline', 'Batch and streaming jobs feeding the warehouse.'),
      [`${base}/acme/data-pipeline/LICENSE`]: MIT,
      [`${base}/globex/auth-service/.meta/repo.yaml`]: meta({
        name: 'auth-service',
        description: 'Single sign-on and tokens',
        tier: 1,
        owner: '@globex/identity',
        language: 'Go',
      }),
      [`${base}/globex/auth-service/README.md`]: readme('auth-service', 'OIDC provider for every globex product.'),
      [`${base}/globex/auth-service/CODEOWNERS`]: '* @globex/identity\n',
      [`${base}/globex/auth-service/LICENSE`]: MIT,
    },
  },
  {
    day: 100,
    hour: 11,
    message: 'catalog: auth-service publishes its security policy',
    files: {
      [`${base}/globex/auth-service/SECURITY.md`]: SECURITY,
    },
  },
  {
    day: 170,
    hour: 15,
    message: 'catalog: billing-worker joins, legacy-cron retired, web-portal reorganised',
    files: {
      [`${base}/globex/billing-worker/.meta/repo.yaml`]: meta({
        name: 'billing-worker',
        description: 'Invoice generation worker',
        tier: 2,
        owner: '@globex/billing',
        language: 'Kotlin',
      }),
      [`${base}/globex/billing-worker/README.md`]: readme('billing-worker', 'Generates and sends invoices.'),
      [`${base}/globex/billing-worker/.github/CODEOWNERS`]: '* @globex/billing\n',
      [`${base}/globex/billing-worker/LICENSE`]: MIT,
      [`${base}/globex/legacy-cron/.meta/repo.yaml`]: null,
      [`${base}/globex/legacy-cron/README.md`]: null,
      [`${base}/globex/legacy-cron/LICENSE`]: null,
      [`${base}/acme/web-portal/CODEOWNERS`]: null,
      [`${base}/acme/payments-api/README.md`]: readme('payments-api', 'Card, SEPA and instant payments for every acme storefront.'),
    },
  },
];
