import { describe, expect, it } from 'vitest';
import { completeNativeUsage } from './complete-native-usage';

describe('completeNativeUsage', () => {
  it('lets the body counts win over the token-count headers and fills the rest', () => {
    const headers = new Headers({ 'X-Amzn-Bedrock-Input-Token-Count': '10', 'X-Amzn-Bedrock-Output-Token-Count': '4' });
    expect(completeNativeUsage(headers, { outputTokens: 5 })).toEqual({ inputTokens: 10, outputTokens: 5, totalTokens: 15 });
    expect(completeNativeUsage(new Headers(), undefined)).toEqual({ inputTokens: 0, outputTokens: 0, totalTokens: 0 });
  });
});
