/**
 * A copy of `value` without its `undefined` and `null` fields, so optional fields can be written
 * inline (`{ title: part.name }`) and still stay off the wire when absent. Claude's responses use
 * `null` for "none" (e.g. `document_title`), which callers should not see either.
 */
export function omitNullish<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field != null)) as T;
}
