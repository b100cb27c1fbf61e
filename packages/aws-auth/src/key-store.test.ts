import { ConfigError } from '@bedrock-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { getKey, putKey, type KeyName } from './key-store';

afterEach(() => putKey('aws_bedrock', undefined));

function configErrorOf(action: () => unknown): ConfigError {
  try {
    action();
  } catch (error) {
    expect(ConfigError.isInstance(error)).toBe(true);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('putKey / getKey', () => {
  it('stores a copy and clears it with undefined', () => {
    const value = { accessKeyId: 'AKID', secretAccessKey: 'SECRET', sessionToken: 'TOKEN', region: 'eu-west-1' };
    putKey('aws_bedrock', value);
    value.secretAccessKey = 'changed later';
    const stored = getKey('aws_bedrock')!;
    expect(stored.accessKeyId).toBe('AKID');
    expect(stored.secretAccessKey).toBe('SECRET');
    expect(stored.sessionToken).toBe('TOKEN');
    expect(stored.region).toBe('eu-west-1');
    putKey('aws_bedrock', undefined);
    expect(getKey('aws_bedrock')).toBeUndefined();
  });

  it('replaces the whole key on a second put (no merging)', () => {
    putKey('aws_bedrock', { accessKeyId: 'AKID', secretAccessKey: 'SECRET', region: 'eu-west-1' });
    putKey('aws_bedrock', { apiKey: 'KEY' });
    expect({ ...getKey('aws_bedrock') }).toEqual({});
    expect(getKey('aws_bedrock')!.accessKeyId).toBeUndefined();
    expect(getKey('aws_bedrock')!.apiKey).toBe('KEY');
  });

  it('is shared process-wide through a registered symbol (ESM and CJS builds, duplicate installs)', () => {
    putKey('aws_bedrock', { apiKey: 'KEY' });
    const store = (globalThis as Record<symbol, Map<string, unknown>>)[Symbol.for('bedrock-kit.aws-auth.key-store')];
    expect(store?.get('aws_bedrock')).toBe(getKey('aws_bedrock'));
  });

  it('rejects an unknown key name', () => {
    const error = configErrorOf(() => putKey('aws_bedrok' as KeyName, { apiKey: 'KEY' }));
    expect(error.message).toContain("Unknown key name 'aws_bedrok'");
    expect(error.message).toContain("'aws_bedrock'");
    expect(() => getKey('openai' as KeyName)).toThrow(/Unknown key name/);
  });

  it.each([
    { value: { accessKeyId: 'AKID' }, message: 'accessKeyId without secretAccessKey' },
    { value: { secretAccessKey: 'CANARY' }, message: 'secretAccessKey without accessKeyId' },
    { value: { sessionToken: 'CANARY' }, message: 'sessionToken without accessKeyId and secretAccessKey' },
    { value: {}, message: 'no apiKey, accessKeyId + secretAccessKey or region' },
    { value: { apiKey: 7 }, message: "putKey('aws_bedrock', { apiKey }) must be a string" },
  ])('rejects $value', ({ value, message }) => {
    const error = configErrorOf(() => putKey('aws_bedrock', value as never));
    expect(error.message).toContain(message);
    expect(error.message).not.toContain('CANARY');
  });

  it('keeps the previous key when a put is rejected', () => {
    putKey('aws_bedrock', { apiKey: 'KEY' });
    configErrorOf(() => putKey('aws_bedrock', { accessKeyId: 'AKID' }));
    expect(getKey('aws_bedrock')!.apiKey).toBe('KEY');
  });
});
