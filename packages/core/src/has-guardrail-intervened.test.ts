import { describe, expect, it } from 'vitest';
import { hasGuardrailIntervened } from './has-guardrail-intervened';

describe('hasGuardrailIntervened', () => {
  it('is true only for amazon-bedrock-guardrailAction: INTERVENED', () => {
    expect(hasGuardrailIntervened({ 'amazon-bedrock-guardrailAction': 'INTERVENED' })).toBe(true);
    expect(hasGuardrailIntervened({ 'amazon-bedrock-guardrailAction': 'NONE' })).toBe(false);
    expect(hasGuardrailIntervened({})).toBe(false);
    expect(hasGuardrailIntervened(null)).toBe(false);
    expect(hasGuardrailIntervened(undefined)).toBe(false);
  });
});
