export { buildNotice, serializeNotice, WEBHOOK_PAYLOAD_PATH } from './payload.ts';
export { governanceWebhookJsonSchema, WEBHOOK_SCHEMA_PATH } from './schema.ts';
export { postWebhook, webhookHost, type PostOptions, type PostResult } from './post.ts';
export { deliverNotice, deliverBuiltNotice, defaultSigner, type DeliveryOptions, type DeliveryReport } from './deliver.ts';
