import { ConfigError } from '@bedrock-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { putKey } from './key-store';
import { resolveRegion } from './resolve-region';

afterEach(() => putKey('aws_bedrock', undefined));

const env = { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-2' };

describe('resolveRegion order: call, instance, key store, AWS_REGION, AWS_DEFAULT_REGION, us-east-1', () => {
  it.each([
    { rule: 'call first', input: { call: { region: 'ap-south-1' }, instance: { region: 'ca-central-1' }, env }, expected: 'ap-south-1' },
    { rule: 'instance next', input: { call: {}, instance: { region: 'ca-central-1' }, env }, expected: 'ca-central-1' },
    { rule: 'AWS_REGION before AWS_DEFAULT_REGION', input: { env }, expected: 'eu-west-1' },
    { rule: 'AWS_DEFAULT_REGION', input: { env: { AWS_DEFAULT_REGION: 'eu-west-2' } }, expected: 'eu-west-2' },
    { rule: 'default us-east-1', input: { env: {} }, expected: 'us-east-1' },
    { rule: 'empty strings count as unset', input: { call: { region: '' }, env: { AWS_REGION: '', AWS_DEFAULT_REGION: 'eu-west-2' } }, expected: 'eu-west-2' },
    { rule: 'GovCloud-style names are accepted', input: { call: { region: 'us-gov-west-1' } }, expected: 'us-gov-west-1' },
  ])('$rule', ({ input, expected }) => {
    expect(resolveRegion(input)).toBe(expected);
  });

  it('key store region comes after the instance and before the environment', () => {
    putKey('aws_bedrock', { apiKey: 'k', region: 'sa-east-1' });
    expect(resolveRegion({ instance: { region: 'ca-central-1' }, env })).toBe('ca-central-1');
    expect(resolveRegion({ env })).toBe('sa-east-1');
  });

  it('is independent of where credentials come from', () => {
    putKey('aws_bedrock', { region: 'sa-east-1' });
    expect(resolveRegion({ call: {}, env })).toBe('sa-east-1');
  });

  it('reads process.env at call time when env is not given', () => {
    const saved = process.env.AWS_REGION;
    try {
      process.env.AWS_REGION = 'eu-north-1';
      expect(resolveRegion()).toBe('eu-north-1');
      process.env.AWS_REGION = 'eu-south-1';
      expect(resolveRegion()).toBe('eu-south-1');
    } finally {
      if (saved === undefined) delete process.env.AWS_REGION;
      else process.env.AWS_REGION = saved;
    }
  });

  it.each(['US-EAST-1', 'us-east-1.evil.example', 'us east 1', 'us-east-1/'])('rejects %j, naming where it came from', (region) => {
    let caught: unknown;
    try {
      resolveRegion({ instance: { region }, env: {} });
    } catch (error) {
      caught = error;
    }
    expect(ConfigError.isInstance(caught)).toBe(true);
    expect((caught as Error).message).toContain('region (client options) is not an AWS region name');
  });

  it('names the field in the caller\'s terms when asked', () => {
    expect(() => resolveRegion({ call: { region: 'US-EAST-1' }, env: {}, nameSetting: (field) => `providerOptions.${field}` })).toThrow(
      'providerOptions.region is not an AWS region name',
    );
  });
});
