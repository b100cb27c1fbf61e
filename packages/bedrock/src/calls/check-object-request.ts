import { InputError, prepareSchema, type PreparedSchema } from '@bedrock-kit/core';
import type { GenerateObjectRequest } from '../request/generate-text-request';

const modes = ['auto', 'json', 'tool'];

/**
 * The checks of a `generateObject` / `streamObject` request that need no model row: its `mode`,
 * and its schema, prepared (an `InputError` when it is not an object schema). `streamObject` makes
 * them when it is called, so they throw there; `createBedrock`'s method makes them before it loads
 * the call's code, and hands the prepared schema on.
 */
export function checkObjectRequest<T>(request: GenerateObjectRequest<T>): PreparedSchema<T> {
  const { mode = 'auto' } = request;
  if (!modes.includes(mode)) throw new InputError({ message: `mode must be 'auto', 'json' or 'tool'; got ${JSON.stringify(mode)}.` });
  return prepareSchema(request.schema, 'generateObject schema');
}
