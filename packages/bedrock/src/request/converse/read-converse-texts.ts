/** The `text` of each `{ text }` item of a Converse list (cited source, generated content); other items are skipped. */
export function readConverseTexts(items: unknown): string[] {
  return Array.isArray(items) ? items.filter((item) => typeof item?.text === 'string').map((item) => item.text) : [];
}
