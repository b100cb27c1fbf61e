import { AbortError, ServiceError, ThrottlingError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { computeRetryDelay, waitForRetry } from './retry-delay';

describe('retry delay', () => {
  const transient = new ServiceError({ message: 'x', retryable: true });
  const throttled = new ThrottlingError({ message: 'x' });

  it('uses full jitter over an exponential window (100 ms base, 500 ms for throttling, 20 s cap)', () => {
    expect(computeRetryDelay(transient, 0, undefined, () => 0.999)).toBe(99);
    expect(computeRetryDelay(transient, 3, undefined, () => 0.5)).toBe(400);
    expect(computeRetryDelay(throttled, 1, undefined, () => 0.5)).toBe(500);
    expect(computeRetryDelay(throttled, 10, undefined, () => 0.999)).toBe(19_980);
    expect(computeRetryDelay(throttled, 1, undefined, () => 0)).toBe(0);
  });

  it('honours retry-after, capped', () => {
    expect(computeRetryDelay(throttled, 0, 3000)).toBe(3000);
    expect(computeRetryDelay(throttled, 0, 120_000)).toBe(20_000);
  });

  it('stops waiting when aborted', async () => {
    const controller = new AbortController();
    const wait = waitForRetry(60_000, controller.signal);
    controller.abort();
    await expect(wait).rejects.toBeInstanceOf(AbortError);
  });
});
