/**
 * Whether `value` is an integer from `min` to 2³¹−1: the counts, token limits and timer
 * milliseconds the facade checks (a timer above 2³¹−1 ms fires at once; NaN, Infinity and
 * strings would silently disable it).
 */
export function isCount(value: unknown, min = 1): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) < 2 ** 31;
}
