import { ConfigError, SignatureExpiredError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createAwsCredentials } from './aws-credentials';
import { createClock, MAX_CLOCK_OFFSET_MS } from './create-clock';
import { createClockOffsetError } from './create-clock-offset-error';
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
    // 5 s behind, across midnight, so the scope date changes too (was 24 h 5 s ahead: now beyond the ±24 h bound).
    expect(clock.syncWithServerDate('Tue, 31 Dec 2024 23:59:55 GMT')).toBe(true);
    const headers = await signRequest(
      { method: 'POST', url: 'https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse', headers: {}, body: '{}' },
      { credentials, region: 'us-east-1', signingDate: clock.now() },
    );
    expect(headers['x-amz-date']).toBe('20241231T235955Z');
    expect(headers.authorization).toContain('Credential=AKID/20241231/us-east-1/bedrock/aws4_request');
  });

  describe('the learned offset is bounded to ±24 h', () => {
    const day = 24 * 60 * 60 * 1000;

    it.each([
      ['exactly 24 h ahead', day],
      ['exactly 24 h behind', -day],
      ['23 h 59 min behind', -day + 60_000],
    ])('adopts a server date %s', (_what, offsetMs) => {
      const clock = createClock({ now: () => localNow });
      const outcome = clock.adoptServerDate(new Date(localNow + offsetMs));
      expect(outcome).toEqual({ status: 'adopted', offsetMs });
      expect(clock.offsetMs).toBe(offsetMs);
      expect(clock.now().getTime()).toBe(localNow + offsetMs);
    });

    it.each([
      ['ten years ahead', 'Mon, 01 Jan 2035 00:00:00 GMT', '2035-01-01T00:00:00.000Z'],
      ['24 h and 1 s ahead', 'Thu, 02 Jan 2025 00:00:01 GMT', '2025-01-02T00:00:01.000Z'],
      ['two days behind', 'Mon, 30 Dec 2024 00:00:00 GMT', '2024-12-30T00:00:00.000Z'],
    ])('reports, and does not adopt, a server date %s', (_what, header, serverIso) => {
      const clock = createClock({ now: () => localNow, offsetMs: 5000 });
      const outcome = clock.adoptServerDate(header);
      expect(outcome.status).toBe('rejected');
      if (outcome.status !== 'rejected') return;
      expect(outcome.serverTime.toISOString()).toBe(serverIso);
      expect(outcome.localTime.toISOString()).toBe('2025-01-01T00:00:00.000Z');
      expect(SignatureExpiredError.isInstance(outcome.error)).toBe(true);
      expect(outcome.error.retryable).toBe(false);
      expect(outcome.error.message).toContain(serverIso);
      expect(outcome.error.message).toContain('2025-01-01T00:00:00.000Z');
      // Nothing changed: signing goes on with the previous offset.
      expect(clock.offsetMs).toBe(5000);
      expect(clock.now().toISOString()).toBe('2025-01-01T00:00:05.000Z');
      expect(clock.syncWithServerDate(header)).toBe(false);
      expect(clock.offsetMs).toBe(5000);
    });

    it('measures against the local time of the moment, not a stale one', () => {
      let local = localNow;
      const clock = createClock({ now: () => local });
      local += 2 * day;
      expect(clock.adoptServerDate(new Date(localNow + 2 * day + 1000))).toEqual({ status: 'adopted', offsetMs: 1000 });
    });

    it('ignores a missing or unparsable date (status ignored)', () => {
      const clock = createClock({ now: () => localNow });
      expect(clock.adoptServerDate(undefined)).toEqual({ status: 'ignored' });
      expect(clock.adoptServerDate('garbage')).toEqual({ status: 'ignored' });
      expect(clock.adoptServerDate(new Date(Number.NaN))).toEqual({ status: 'ignored' });
    });

    it('refuses an offset beyond 24 h given by hand', () => {
      expect(() => createClock({ offsetMs: MAX_CLOCK_OFFSET_MS + 1 })).toThrow(ConfigError);
      const clock = createClock({ offsetMs: -MAX_CLOCK_OFFSET_MS });
      expect(() => {
        clock.offsetMs = -MAX_CLOCK_OFFSET_MS - 1;
      }).toThrow(ConfigError);
      expect(clock.offsetMs).toBe(-MAX_CLOCK_OFFSET_MS);
    });

    it('createClockOffsetError carries what the caller knows of the response', () => {
      const error = createClockOffsetError(new Date('2035-01-01T00:00:00Z'), new Date('2025-01-01T00:00:00Z'), { status: 403, requestId: 'req-1' });
      expect(error.name).toBe('SignatureExpiredError');
      expect(error.status).toBe(403);
      expect(error.requestId).toBe('req-1');
      expect(error.message).toMatch(/2035-01-01T00:00:00\.000Z.*2025-01-01T00:00:00\.000Z/);
    });
  });
});
