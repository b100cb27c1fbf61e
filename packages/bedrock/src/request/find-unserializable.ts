/**
 * Where `value` holds what JSON can't carry faithfully (a function, symbol or BigInt, or a
 * cycle), as a path from `path`; `undefined` when it serialises. A tool output is sent as
 * JSON: a function would otherwise go as its source text or vanish.
 */
export function findUnserializable(value: unknown, path: string, seen: unknown[] = []): string | undefined {
  const type = typeof value;
  if (type === 'function' || type === 'symbol' || type === 'bigint') return `${path} is a ${type}`;
  if (type !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') return undefined;
  if (seen.includes(value)) return `${path} refers back to itself`;
  seen.push(value);
  for (const [key, item] of Object.entries(value as object)) {
    const found = findUnserializable(item, `${path}.${key}`, seen);
    if (found) return found;
  }
  seen.pop();
  return undefined;
}
