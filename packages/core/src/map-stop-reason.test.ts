import { describe, expect, it } from 'vitest';
import { mapStopReason } from './map-stop-reason';

describe('mapStopReason', () => {
  const table = { stop: ['done'], 'tool-calls': ['tool_calls', 'function_call'], other: ['cancelled'] } as const;

  it.each([
    ['done', 'stop'],
    ['function_call', 'tool-calls'],
    ['cancelled', 'other'],
    ['something_new', undefined],
    ['toString', undefined],
    [null, undefined],
    [42, undefined],
  ])('maps %j to %s', (stopReason, finishReason) => {
    expect(mapStopReason(stopReason, table)).toBe(finishReason);
  });
});

