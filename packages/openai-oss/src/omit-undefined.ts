/** A copy of `fields` without the keys whose value is `undefined`, so an unset option is absent from the body. */
export function omitUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
