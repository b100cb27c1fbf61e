type Schema = Record<string, any>;

/**
 * A value that satisfies a JSON Schema, built deterministically: required
 * properties with placeholder values by type (`const`, `default`, the first
 * `enum` value or `anyOf` branch first; minimums, minimum lengths and
 * minimum item counts respected).
 */
export function synthesizeFromSchema(schema: unknown, depth = 0): unknown {
  if (!schema || typeof schema !== 'object' || depth > 12) return null;
  const s = schema as Schema;
  if ('const' in s) return s.const;
  if ('default' in s) return s.default;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  const branch = s.anyOf ?? s.oneOf;
  if (Array.isArray(branch) && branch.length > 0) {
    const nonNull = branch.find((b: Schema) => b?.type !== 'null') ?? branch[0];
    return synthesizeFromSchema(nonNull, depth + 1);
  }
  if (Array.isArray(s.allOf) && s.allOf.length > 0) {
    return synthesizeFromSchema(Object.assign({}, ...s.allOf), depth + 1);
  }
  const type = Array.isArray(s.type) ? (s.type.find((t: string) => t !== 'null') ?? s.type[0]) : s.type;
  switch (type ?? (s.properties ? 'object' : undefined)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const properties: Schema = s.properties ?? {};
      for (const name of Array.isArray(s.required) ? s.required : []) {
        out[name] = synthesizeFromSchema(properties[name] ?? { type: 'string' }, depth + 1);
      }
      return out;
    }
    case 'array': {
      const count = Math.max(1, s.minItems ?? 1);
      return Array.from({ length: Math.min(count, s.maxItems ?? count) }, () => synthesizeFromSchema(s.items ?? {}, depth + 1));
    }
    case 'string':
      return stringFor(s);
    case 'integer':
      return Math.ceil(lowerBound(s) ?? 1);
    case 'number':
      return lowerBound(s) ?? 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return 'example';
  }
}

function lowerBound(s: Schema): number | undefined {
  if (typeof s.minimum === 'number') return Math.max(s.minimum, Math.min(1, s.maximum ?? 1));
  if (typeof s.exclusiveMinimum === 'number') return s.exclusiveMinimum + 1;
  if (typeof s.maximum === 'number') return Math.min(1, s.maximum);
  return undefined;
}

function stringFor(s: Schema): string {
  if (s.format === 'date-time') return '2024-01-01T00:00:00Z';
  if (s.format === 'date') return '2024-01-01';
  if (s.format === 'email') return 'user@example.com';
  if (s.format === 'uri' || s.format === 'url') return 'https://example.com';
  if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  let text = 'example';
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  while (text.length < min) text += 'x';
  return typeof s.maxLength === 'number' ? text.slice(0, Math.max(s.maxLength, min)) : text;
}
