/**
 * The parts of the Standard Schema / Standard JSON Schema interfaces
 * (https://standardschema.dev) that bedrock-kit uses. zod 4 implements both,
 * so a zod schema works without bedrock-kit importing zod.
 */
export interface StandardSchemaLike<T = unknown> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (
      value: unknown,
    ) =>
      | { readonly value: T; readonly issues?: undefined }
      | { readonly issues: readonly unknown[] }
      | Promise<{ readonly value: T; readonly issues?: undefined } | { readonly issues: readonly unknown[] }>;
    readonly jsonSchema?: {
      readonly input: (options: { target: string }) => Record<string, unknown>;
    };
  };
}

/** Whether `value` is a Standard Schema (zod 4 and others). For family packages and adapters. */
export function isStandardSchema(value: unknown): value is StandardSchemaLike {
  return typeof value === 'object' && value !== null && '~standard' in value;
}
