import { describe, expect, it } from 'vitest';
import { mapConverseStopReason } from './map-converse-stop-reason';

describe('mapConverseStopReason (Converse and Claude native)', () => {
  it.each([
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['max_tokens', 'length'],
    ['model_context_window_exceeded', 'length'],
    ['tool_use', 'tool-calls'],
    ['refusal', 'content-filter'],
    ['guardrail_intervened', 'content-filter'],
    ['content_filtered', 'content-filter'],
    ['malformed_model_output', 'error'],
    ['malformed_tool_use', 'error'],
    ['pause_turn', 'other'],
    ['toString', 'other'],
    [undefined, 'other'],
    [42, 'other'],
  ])('maps %j to %s', (stopReason, finishReason) => {
    expect(mapConverseStopReason(stopReason)).toBe(finishReason);
  });
});
