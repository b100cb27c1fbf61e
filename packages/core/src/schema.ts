import { InputError } from './errors/input-error';
import { isJsonSchemaWrapper, type JSONSchema, type JsonSchemaWrapper, type ValidationResult } from './json-schema';
import { inlineJsonSchemaRefs } from './inline-json-schema-refs';
import { omitUndefined } from './omit-undefined';
import { isStandardSchema, type StandardSchemaLike } from './standard-schema';

/** A tool input or object schema: zod (any Standard Schema with JSON Schema), `jsonSchema()`, or a plain JSON Schema object. */
export type Schema<T = unknown> = StandardSchemaLike<T> | JsonSchemaWrapper<T> | JSONSchema;

/** A schema reduced to what the wire and the validator need. */
export interface PreparedSchema<T = unknown> {
  /** JSON Schema as Bedrock accepts it: no `$schema`, references inlined. */
  jsonSchema: JSONSchema;
  validate?: (value: unknown) => Promise<ValidationResult<T>>;
}

/**
 * The JSON Schemas `prepareSchema` has built (fresh copies nobody else held).
 * Given one back, alone or in `jsonSchema()` (generateObject prepares its
 * schema, then sends the result as a tool that is prepared again), it is
 * used as is rather than walked and copied a second time. Weak, so it keeps
 * no schema alive. Created on first use: nothing runs at import time.
 */
let bedrockReadySchemas: WeakSet<JSONSchema> | undefined;

/**
 * Turns any accepted schema into Bedrock-ready JSON Schema plus a validator.
 * A schema this function returned is taken back as is (treat it as read-only).
 * Throws `InputError` for a schema that can't be sent (not an object schema,
 * recursive references, a Standard Schema without JSON Schema support).
 */
export function prepareSchema<T = unknown>(schema: Schema<T>, what: string): PreparedSchema<T> {
  let raw: JSONSchema;
  if (isStandardSchema(schema)) {
    const standard = schema['~standard'];
    if (!standard.jsonSchema) {
      throw new InputError({
        message: `${what}: this ${standard.vendor} schema cannot produce JSON Schema. Use zod 4.2+ or jsonSchema().`,
      });
    }
    raw = standard.jsonSchema.input({ target: 'draft-07' });
  } else if (isJsonSchemaWrapper(schema)) {
    raw = schema.jsonSchema;
  } else if (typeof schema === 'object' && schema !== null && !Array.isArray(schema)) {
    raw = schema;
  } else {
    throw new InputError({ message: `${what}: pass a zod schema, jsonSchema(…) or a JSON Schema object.` });
  }
  const readySchemas = (bedrockReadySchemas ??= new WeakSet());
  const jsonSchema = readySchemas.has(raw) ? raw : inlineJsonSchemaRefs(raw, what);
  if (jsonSchema.type !== 'object') {
    throw new InputError({
      message: `${what}: Bedrock requires an object schema ("type": "object"); got ${JSON.stringify(jsonSchema.type ?? null)}.`,
    });
  }
  readySchemas.add(jsonSchema);
  return omitUndefined({ jsonSchema, validate: createSchemaValidator(schema) });
}

/**
 * Only the validator of a schema (zod through Standard Schema, or the `validate` given to
 * `jsonSchema()`); `undefined` for plain JSON Schema. Cheap: no JSON Schema is built, so
 * the tool loop can check every call's input without preparing the schema again.
 */
export function createSchemaValidator<T = unknown>(schema: Schema<T>): PreparedSchema<T>['validate'] {
  if (isStandardSchema(schema)) {
    const standard = schema['~standard'];
    return async (value) => {
      const outcome = await standard.validate(value);
      return outcome.issues ? { success: false, issues: [...outcome.issues] } : { success: true, value: outcome.value as T };
    };
  }
  if (isJsonSchemaWrapper(schema)) {
    const check = schema.validate as ((value: unknown) => ValidationResult<T>) | undefined;
    return check ? async (value) => check(value) : undefined;
  }
  return undefined;
}
