import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AbortError } from './abort-error';
import { AuthError } from './auth-error';
import { BedrockError } from './bedrock-error';
import { ConfigError } from './config-error';
import { InputError } from './input-error';
import { ObjectValidationError } from './object-validation-error';
import { ServiceError } from './service-error';
import { SignatureExpiredError } from './signature-expired-error';
import { StreamError } from './stream-error';
import { ThrottlingError } from './throttling-error';
import { TimeoutError } from './timeout-error';
import { ValidationError } from './validation-error';

const all = [
  new ConfigError({ message: 'm' }),
  new InputError({ message: 'm' }),
  new SignatureExpiredError({ message: 'm' }),
  new AuthError({ message: 'm' }),
  new ThrottlingError({ message: 'm' }),
  new ValidationError({ message: 'm' }),
  new ServiceError({ message: 'm' }),
  new StreamError({ message: 'm' }),
  new TimeoutError({ message: 'm', timeout: 'idle' }),
  new ObjectValidationError({ message: 'm', raw: 1, issues: [] }),
  new AbortError({ message: 'm' }),
];

describe('errors', () => {
  it('each is a BedrockError with its own name and isInstance', () => {
    for (const error of all) {
      expect(BedrockError.isInstance(error)).toBe(true);
      expect(error).toBeInstanceOf(Error);
      const ctor = error.constructor as typeof BedrockError;
      expect(error.name).toBe(ctor.name);
      expect(ctor.isInstance(error)).toBe(true);
      for (const other of all) if (other.constructor !== ctor) expect(ctor.isInstance(other)).toBe(false);
    }
  });

  it('recognises errors from another copy of the package (marker, not prototype)', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('bedrock-kit.error')]: true, [Symbol.for('bedrock-kit.error.ThrottlingError')]: true });
    expect(ThrottlingError.isInstance(foreign)).toBe(true);
    expect(ThrottlingError.isInstance(new Error('x'))).toBe(false);
    expect(ThrottlingError.isInstance(null)).toBe(false);
  });

  it('throttling is retryable by default; the rest are not unless told', () => {
    expect(new ThrottlingError({ message: 'm' }).retryable).toBe(true);
    expect(new ServiceError({ message: 'm' }).retryable).toBe(false);
    expect(new ServiceError({ message: 'm', retryable: true }).retryable).toBe(true);
  });

  it('serialises to a plain summary without the cause', () => {
    const error = new ServiceError({ message: 'm', status: 500, requestId: 'r', errorType: 'T', cause: { secret: 'x' } });
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'ServiceError', message: 'm', retryable: false, status: 500, requestId: 'r', errorType: 'T' });
    expect(inspect(error)).toContain('ServiceError');
  });
});
