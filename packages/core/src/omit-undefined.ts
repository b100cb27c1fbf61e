/**
 * The object without its `undefined` fields, so a value that was not given
 * (by the caller or the service) is absent rather than present and empty.
 */
export function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
