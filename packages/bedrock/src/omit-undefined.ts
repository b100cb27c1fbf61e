/**
 * The object without its `undefined` fields, so an option the caller left out
 * (or a value the service did not send) is absent rather than present and empty.
 */
export function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
