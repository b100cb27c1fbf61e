import { InputError } from './errors/input-error';
import type { JSONSchema } from './json-schema';

/**
 * Returns a copy of `schema` with local `$ref`s (`#/$defs/x`, `#/definitions/x`)
 * replaced by their targets and `$schema` / `$defs` removed, because Bedrock's
 * tool input schema accepts neither. A recursive reference can't be inlined
 * and is an `InputError`.
 */
export function inlineJsonSchemaRefs(schema: JSONSchema, what: string): JSONSchema {
  const resolve = (node: unknown, seen: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => resolve(item, seen));
    if (typeof node !== 'object' || node === null) return node;
    // Dropped at every level: Bedrock accepts neither `$schema` nor definitions.
    const { $schema, $defs, definitions, ...kept } = node as Record<string, unknown>;
    const ref = kept.$ref;
    if (typeof ref !== 'string') return Object.fromEntries(Object.entries(kept).map(([key, value]) => [key, resolve(value, seen)]));
    if (seen.includes(ref) || ref === '#') {
      throw new InputError({ message: `${what}: the schema is recursive (${ref}); Bedrock tool schemas must be finite. Flatten it.` });
    }
    const target = lookup(schema, ref);
    if (target === undefined) throw new InputError({ message: `${what}: the schema reference ${ref} does not resolve.` });
    const { $ref: _ref, ...siblings } = kept;
    return resolve({ ...(target as object), ...siblings }, [...seen, ref]);
  };
  return resolve(schema, []) as JSONSchema;
}

function lookup(root: JSONSchema, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
