import { InputError } from '@bedrock-kit/core';

/** Refuses a request before sending: the message names the field, the rule broken and the fix. */
export function throwInputError(message: string): never {
  throw new InputError({ message });
}
