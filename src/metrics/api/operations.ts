const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Operations (method + path) a document's `paths` object declares. */
export function countOperations(paths: Record<string, unknown>): number {
  let count = 0;
  for (const item of Object.values(paths)) {
    if (item === null || typeof item !== 'object') continue;
    for (const method of METHODS) if ((item as Record<string, unknown>)[method] != null) count++;
  }
  return count;
}
