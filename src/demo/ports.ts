import type { DemoStep } from './step.ts';

/**
 * The demo port registry. On day 120 the Telegram MTProto client, run on the host, takes host port
 * 4010, which the containerised gateway already publishes: the seed's ECONNREFUSED story, and the
 * registry's one conflict. A compose file hard-codes Redis on 6379, which the registry does not own,
 * so `govpages ports scan` has something to show.
 */
export const portsDemoConfig = {
  ports: {
    path: 'config/ports/registry.yaml',
  },
};

const header = `# Single source of truth for ports (seed 003). Host ports must lie in their service's range.
version: 1
ranges:
  - name: frontend
    from: 3000
    to: 3099
    description: Web front ends
  - name: backend
    from: 4000
    to: 4099
    description: APIs and gateways
  - name: data
    from: 5400
    to: 5499
    description: Databases
  - name: observability
    from: 9000
    to: 9199
    description: Metrics and dashboards
services:
  - name: dashboard
    range: frontend
    container: true
    owner: "@acme/web"
    ports:
      - name: http
        internal: 80
        external: 3000
  - name: workspace-api
    range: backend
    container: true
    owner: "@acme/workspace"
    ports:
      - name: http
        internal: 8080
        external: 4001
      - name: metrics
        internal: 9100
        description: Scraped inside the compose network only
  - name: telegram-gateway
    range: backend
    container: true
    owner: "@acme/messaging"
    ports:
      - name: http
        internal: 8080
        external: 4010
  - name: postgres
    range: data
    container: true
    ports:
      - name: postgres
        internal: 5432
        external: 5432
  - name: prometheus
    range: observability
    container: true
    ports:
      - name: http
        internal: 9090
        external: 9090
`;

const grafana = `  - name: grafana
    range: observability
    container: true
    ports:
      - name: http
        internal: 3000
        external: 9150
`;

const mtproto = `  - name: telegram-mtproto
    range: backend
    container: false
    owner: "@acme/messaging"
    description: MTProto client; needs the host network, so it runs outside Docker
    ports:
      - name: mtproto
        internal: 4010
`;

export const portsDemoSteps: DemoStep[] = [
  { day: 20, hour: 14, message: 'ports: create the port registry', files: { 'config/ports/registry.yaml': header } },
  { day: 75, hour: 14, message: 'ports: register grafana', files: { 'config/ports/registry.yaml': header + grafana } },
  {
    day: 120,
    hour: 16,
    message: 'ports: run the MTProto client on the host',
    files: {
      'config/ports/registry.yaml': header + grafana + mtproto,
      'tools/compose/docker-compose.telegram.yml':
        'services:\n  telegram-gateway:\n    image: acme/telegram-gateway:1.4\n    ports:\n      - "4010:8080"\n  redis:\n    image: redis:7\n    ports:\n      - "6379:6379"\n',
    },
  },
];
