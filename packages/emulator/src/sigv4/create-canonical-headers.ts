/** A header as received: name and value, repeated names allowed, in wire order. */
export type RawHeader = readonly [name: string, value: string];

/**
 * Canonical header values by lower-case name: values trimmed, inner runs of
 * spaces collapsed, repeated names joined with `,` in order of appearance.
 */
export function collectHeaders(headers: readonly RawHeader[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    const clean = value.trim().replace(/\s+/g, ' ');
    const previous = out.get(key);
    out.set(key, previous === undefined ? clean : `${previous},${clean}`);
  }
  return out;
}

/** The canonical headers block (one `name:value\n` line per signed header). */
export function createCanonicalHeaders(headers: Map<string, string>, signedHeaders: readonly string[]): string {
  return signedHeaders.map((name) => `${name}:${headers.get(name) ?? ''}\n`).join('');
}
