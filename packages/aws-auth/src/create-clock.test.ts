import { ConfigError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createAwsCredentials } from './aws-credentials';
import { createClock } from './create-clock';
import { signRequest } from './sign-request';

const credentials = createAwsCredentials({ accessKeyId: 'AKID', secretAccessKey: 'SECRET' });
const localNow = Date.parse('2025-01-01T00:00:00Z');

describe('createClock', () => {
  it('starts at local time and applies offsetMs', () => {
    const clock = createClock({ now: () => localNow });
    expect(clock.offsetMs).toBe(0);
    expect(clock.now().toISOString()).toBe('2025-01-01T00:00:00.000Z');
    clock.offsetMs = -90_000;
    expect(clock.now().toISOString()).toBe('2024-12-31T23:58:30.000Z');
  });

  it('learns the offset from a server Date header', () => {
    const clock = createClock({ now: () => localNow });
    expect(clock.syncWithServerDate('Wed, 01 Jan 2025 00:17:30 GMT')).toBe(true);
    expect(clock.offsetMs).toBe(17.5 * 60_000);
    expect(clock.now().toISOString()).toBe('2025-01-01T00:17:30.000Z');
  });

  it('ignores a missing or unparsable Date header', () => {
    const clock = createClock({ now: () => localNow, offsetMs: 5000 });
    expect(clock.syncWithServerDate(null)).toBe(false);
    expect(clock.syncWithServerDate('not a date')).toBe(false);
    expect(clock.offsetMs).toBe(5000);
  });

  it('refuses a non-finite offset', () => {
    const clock = createClock();
    expect(() => {
      clock.offsetMs = Number.NaN;
    }).toThrow(ConfigError);
  });

  it('its time becomes the X-Amz-Date and the credential scope date of a signed request', async () => {
    const clock = createClock({ now: () => localNow });
    clock.syncWithServerDate('Thu, 02 Jan 2025 00:00:05 GMT');
    const headers = await signRequest(
      { method: 'POST', url: 'https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse', headers: {}, body: '{}' },
      { credentials, region: 'us-east-1', signingDate: clock.now() },
    );
    expect(headers['x-amz-date']).toBe('20250102T000005Z');
    expect(headers.authorization).toContain('Credential=AKID/20250102/us-east-1/bedrock/aws4_request');
  });
});
