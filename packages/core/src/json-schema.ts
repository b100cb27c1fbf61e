/** A JSON Schema object (draft-07 / 2020-12 subset as Bedrock accepts it). */
export type JSONSchema = { [key: string]: unknown };

const jsonSchemaMarker = Symbol.for('bedrock-kit.json-schema');

/** What a `validate` function returns. */
export type ValidationResult<T> = { success: true; value: T } | { success: false; issues: unknown[] };

/** A plain JSON Schema wrapped by {@link jsonSchema}, with an optional validator. */
export interface JsonSchemaWrapper<T = unknown> {
  readonly [jsonSchemaMarker]: true;
  readonly jsonSchema: JSONSchema;
  readonly validate?: (value: unknown) => ValidationResult<T>;
}

/**
 * Wraps a plain JSON Schema for tools and `generateObject`. Bedrock-kit does
 * not validate JSON Schema itself (that would ship a validator to every
 * bundle): pass `validate` to check the model's output.
 *
 * @example
 * const person = jsonSchema<{ name: string }>(
 *   { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
 *   { validate: (v) => typeof (v as any)?.name === 'string' ? { success: true, value: v as { name: string } } : { success: false, issues: ['name must be a string'] } },
 * );
 */
export function jsonSchema<T = unknown>(
  schema: JSONSchema,
  options: { validate?: (value: unknown) => ValidationResult<T> } = {},
): JsonSchemaWrapper<T> {
  return { [jsonSchemaMarker]: true, jsonSchema: schema, ...(options.validate ? { validate: options.validate } : {}) };
}

/** Whether `value` came from {@link jsonSchema} (any copy of this package). For family packages and adapters. */
export function isJsonSchemaWrapper(value: unknown): value is JsonSchemaWrapper {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[jsonSchemaMarker] === true;
}
