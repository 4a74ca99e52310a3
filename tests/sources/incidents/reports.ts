/** A seed-000-style incident report (the TP-Capital outage) and where it lives in a repository. */
export const FILE = 'governance/incidents/2025-11-05-tp-capital-connectivity-failure.md';
export const report = `---
title: TP-Capital connectivity failure
start: 2025-11-05T15:00:00Z
end: 2025-11-05T17:00:00Z
severity: critical
services: [tp-capital-api, dashboard]
root_causes:
  - PgBouncer password not exported
  - Wrong port (external 4008 vs internal 4005)
---
# Timeline

The **dashboard** showed no signals for \`2 hours\`.

- 15:00 alerts fire
- 17:00 fixed
`;
