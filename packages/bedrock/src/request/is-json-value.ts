/**
 * Whether `value` goes to JSON faithfully: no function or symbol (which JSON would drop, or a
 * codec send as source text), no BigInt and no cycle (which make `JSON.stringify` throw).
 */
export function isJsonValue(value: unknown): boolean {
  try {
    JSON.stringify(value, (_key, item: unknown) => {
      if (typeof item === 'function' || typeof item === 'symbol') throw item;
      return item;
    });
    return true;
  } catch {
    return false;
  }
}
