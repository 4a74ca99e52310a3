import { demoTime } from './gates.ts';
import type { DemoStep } from './step.ts';

/**
 * Two incidents after seeds 001 and 000. Each report is committed while the incident is open, then
 * updated with its end and root causes. The first follows a gate run that said ALLOW (a false
 * positive on the gates page); the second is the 2-hour outage of seed 000.
 */
export const INCIDENTS_PATH = 'governance/incidents';

export const incidentsDemoConfig = {
  incidents: { path: INCIDENTS_PATH },
};

function report(front: Record<string, string | string[] | undefined>, body: string): string {
  const lines = Object.entries(front)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) =>
      Array.isArray(value) ? `${key}:\n${value.map((item) => `  - ${JSON.stringify(item)}`).join('\n')}` : `${key}: ${JSON.stringify(value)}`,
    );
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

const PROXY_BODY = `Users saw the app as **offline**: every API call through the public front door returned 404,
while the backend health check answered 200 and the deploy gates said ALLOW.

## Timeline

- 15:00 user reports: dashboard shows "offline"
- 15:40 backend healthy directly; \`https://www.example.com/health\` returns 404
- 16:30 stale \`netlify.toml\` files removed, redirects point at the live backend again

## Prevention

The gates now run in \`integration\` mode: backend direct, then the front door, then the two
responses compared. See the [postmortem template](https://example.com/postmortems).
`;

const PGBOUNCER_BODY = `The signal pipeline stopped for two hours: PgBouncer started with an empty password because the
variable was not exported before \`docker compose up\`.

## What changed

- \`DB_PASSWORD\` is CRITICAL in the environment check: an empty value blocks the deployment
- a \`DB_CONNECTIVITY\` gate checks the pooler -> database path
`;

export function incidentsDemoSteps(start: string): DemoStep[] {
  const proxy = `${INCIDENTS_PATH}/${demoTime(start, 62, 0).slice(0, 10)}-frontend-proxy-404.md`;
  const pgbouncer = `${INCIDENTS_PATH}/${demoTime(start, 140, 0).slice(0, 10)}-pgbouncer-empty-password.md`;
  const proxyFront = {
    title: 'Front door returns 404 for every API call',
    start: demoTime(start, 62, 15),
    severity: 'critical',
    services: ['frontend', 'edge-proxy'],
  };
  const pgFront = {
    title: 'Signal pipeline down: PgBouncer started without a password',
    start: demoTime(start, 140, 15),
    severity: 'high',
    services: ['pgbouncer', 'signal-api', 'dashboard'],
  };
  return [
    {
      day: 62,
      hour: 16,
      message: 'Open incident: front door returns 404',
      files: { [proxy]: report(proxyFront, 'Investigating: API calls through the front door return 404.\n') },
    },
    {
      day: 63,
      hour: 12,
      message: 'Resolve incident: stale proxy configuration',
      files: {
        [proxy]: report(
          {
            ...proxyFront,
            end: demoTime(start, 62, 16, 30),
            root_causes: ['Stale proxy configuration files pointed at a dead backend', 'Gates tested the backend only, never the path users take'],
          },
          PROXY_BODY,
        ),
      },
    },
    {
      day: 140,
      hour: 16,
      message: 'Open incident: signal pipeline down',
      files: { [pgbouncer]: report(pgFront, 'Investigating: no new signals since 15:00.\n') },
    },
    {
      day: 141,
      hour: 9,
      message: 'Resolve incident: PgBouncer password not exported',
      files: {
        [pgbouncer]: report(
          {
            ...pgFront,
            end: demoTime(start, 140, 17),
            // biome-ignore lint/suspicious/noTemplateCurlyInString: the root cause quotes a shell expansion, not a template
            root_causes: ['DB_PASSWORD not exported before docker compose up', 'Empty values accepted silently (no ${VAR:?} guard)'],
          },
          PGBOUNCER_BODY,
        ),
      },
    },
  ];
}
