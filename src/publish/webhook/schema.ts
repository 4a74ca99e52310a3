import { REASON_ORDER } from '../../model/webhook.ts';

/**
 * JSON Schema (2020-12) of the `governance_notice` payload: the seed's snapshot, completed with
 * descriptions, `maximum: 1` on the ratio, and `$id`. `docs/governance_webhook.schema.json` is this
 * object written out (a test keeps the two identical); builds also publish it at
 * `status/governance_webhook.schema.json`. Reasons stay an enum here, but consumers are told to
 * ignore unknown reasons, so adding one is not a version bump.
 */
export const governanceWebhookJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'GovernanceWebhookPayload',
  description: 'governance_notice webhook payload, version 1 (seed 004 "Governance Webhook Payload").',
  type: 'object',
  required: ['event', 'version', 'sha', 'semver_status', 'stability_ratio', 'reasons', 'operations'],
  properties: {
    event: { const: 'governance_notice' },
    version: { type: 'integer', minimum: 1, description: 'Payload contract version; bumped only on breaking changes of the payload.' },
    sha: { type: 'string', minLength: 7, maxLength: 40, description: 'Short commit id of the build.' },
    semver_status: { type: 'string', enum: ['ok', 'warn', 'fail', 'unknown'], description: 'status of status/semver-validation.json.' },
    stability_ratio: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'window_stability_ratio of status/stability-metrics.json (0 when the metrics are missing).',
    },
    reasons: {
      type: 'array',
      items: { type: 'string', enum: [...REASON_ORDER].sort() },
      uniqueItems: true,
      description: 'Failure reasons (present while the condition holds) and recovery reasons (emitted once).',
    },
    operations: {
      type: 'object',
      required: ['added', 'removed'],
      properties: {
        added: { type: 'integer', minimum: 0 },
        removed: { type: 'integer', minimum: 0 },
      },
      additionalProperties: false,
      description: 'Counts of operations added and removed (arrays in status/operations-classification.json).',
    },
  },
  additionalProperties: true,
} as const;

export const WEBHOOK_SCHEMA_PATH = 'status/governance_webhook.schema.json';
