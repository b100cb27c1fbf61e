import { describe, expect, it } from 'vitest';
import { createNativeInputError } from './create-native-input-error';
import { InputError } from './errors/input-error';

describe('createNativeInputError', () => {
  it('names the family and its native route, with the cause kept', () => {
    const cause = new Error('bad bytes');
    const error = createNativeInputError('acme', "can't carry image parts. Remove them.", cause);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe("acme native InvokeModel can't carry image parts. Remove them.");
    expect(error.cause).toBe(cause);
    expect(createNativeInputError('acme', 'x').cause).toBeUndefined();
  });
});
