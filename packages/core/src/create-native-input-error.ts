import { InputError } from './errors/input-error';

/**
 * The `InputError` a family's native codec throws for a request its InvokeModel body can't carry,
 * worded the same for every family: `<family> native InvokeModel <problem and fix>`.
 *
 * @example
 * throw createNativeInputError('meta-llama', "can't carry tools; drop providerOptions.useConverse: false to use Converse.");
 */
export function createNativeInputError(family: string, problem: string, cause?: unknown): InputError {
  return new InputError({ message: `${family} native InvokeModel ${problem}`, cause });
}
