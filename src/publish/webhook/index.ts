export { buildNotice, serializeNotice, governanceNoticeSchema, PAYLOAD_VERSION, WEBHOOK_PAYLOAD_PATH, type GovernanceNotice } from './payload.ts';
export { governanceWebhookJsonSchema, WEBHOOK_SCHEMA_PATH } from './schema.ts';
export { postWebhook, webhookHost, type PostOptions, type PostResult } from './post.ts';
export { deliverNotice, defaultSigner, readNoticeState, NOTICE_STATE_PATH, type DeliveryOptions, type DeliveryReport } from './deliver.ts';
