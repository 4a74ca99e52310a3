/**
 * The first object key that appears twice in the same object of a JSON text, with its offset, or
 * null. `JSON.parse` silently keeps the last of duplicate keys, so a taxonomy or config with a key
 * written twice would be read differently from how its author reads it; YAML already refuses them.
 * Only called on text that `JSON.parse` accepted, so the scan can assume valid JSON. Linear time.
 */
export function firstDuplicateKey(text: string): { key: string; offset: number } | null {
  // One frame per open object or array; `keys` is null for an array.
  const stack: { keys: Set<string> | null; expectingKey: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x7b /* { */) stack.push({ keys: new Set(), expectingKey: true });
    else if (c === 0x5b /* [ */) stack.push({ keys: null, expectingKey: false });
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) stack.pop();
    else if (c === 0x2c /* , */ && top?.keys) top.expectingKey = true;
    else if (c === 0x22 /* " */) {
      let end = i + 1;
      while (text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c ? 2 : 1;
      if (top?.keys && top.expectingKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { key, offset: i };
        top.keys.add(key);
        top.expectingKey = false;
      }
      i = end;
    }
  }
  return null;
}
