/**
 * Every JSON file govpages publishes goes through here: two-space indentation and a final newline.
 * Key order is the order objects are built in, which is fixed, so the bytes are stable.
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
