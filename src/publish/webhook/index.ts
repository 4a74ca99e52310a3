export { type DeliveryOptions, type DeliveryReport, defaultSigner, deliverBuiltNotice, deliverNotice, sendNotice } from './deliver.ts';
export { buildNotice, serializeNotice, WEBHOOK_PAYLOAD_PATH } from './payload.ts';
export { type PostOptions, type PostResult, postWebhook, WEBHOOK_RESPONSE_LIMIT_BYTES, webhookHost } from './post.ts';
export { governanceWebhookJsonSchema, WEBHOOK_SCHEMA_PATH } from './schema.ts';
