import { anthropic } from '@bedrock-kit/anthropic';
import { InputError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import type { ProviderOptions } from '../generate-text-request';
import { checkProviderOptionKeys } from './check-provider-option-keys';
import { findNearestKey } from './find-nearest-key';

describe('providerOptions keys, typed and checked', () => {
  it('a typo fails to compile (the typecheck verifies each @ts-expect-error) and fails at run time with the nearest key', () => {
    const good: ProviderOptions = {
      useConverse: true,
      guardrail: { id: 'gr1', version: '1', trace: 'enabled_full', streamProcessingMode: 'sync' },
      serviceTier: 'priority',
      latency: 'optimized',
      requestMetadata: { team: 'search' },
      promptCache: { ttl: '1h' },
      // A configured family's own keys are typed by its package (module augmentation).
      anthropicPromptCache: true,
    };
    // @ts-expect-error a misspelt key is not a ProviderOptions key
    const typo: ProviderOptions = { useConvers: true };
    // @ts-expect-error the seed's snake_case spelling
    const snake: ProviderOptions = { use_converse: true };
    // @ts-expect-error a tier the service model does not have
    const tier: ProviderOptions = { serviceTier: 'gold' };
    // @ts-expect-error trace is lower-case on the request side
    const trace: ProviderOptions = { guardrail: { id: 'gr1', version: '1', trace: 'ENABLED' } };
    expect(() => checkProviderOptionKeys(good as Record<string, unknown>, [anthropic])).not.toThrow();
    for (const [options, nearest] of [
      [typo, 'useConverse'],
      [snake, 'useConverse'],
    ] as const) {
      expect(() => checkProviderOptionKeys(options as Record<string, unknown>, [anthropic])).toThrow(InputError);
      expect(() => checkProviderOptionKeys(options as Record<string, unknown>, [anthropic])).toThrow(`did you mean \`${nearest}\`?`);
    }
    expect([tier.serviceTier, trace.guardrail?.trace]).toEqual(['gold', 'ENABLED']);
  });

  it('findNearestKey: case, _ and - set aside first, then the fewest edits within a third of the key', () => {
    const known = ['useConverse', 'apiKey', 'accessKeyId', 'anthropicPromptCache', 'promptCache'];
    expect(findNearestKey('USE-CONVERSE', known)).toBe('useConverse');
    expect(findNearestKey('api_key', known)).toBe('apiKey');
    expect(findNearestKey('promtCache', known)).toBe('promptCache');
    expect(findNearestKey('anthropicPromptCach', known)).toBe('anthropicPromptCache');
    expect(findNearestKey('region2', known)).toBeUndefined();
    expect(findNearestKey('x', known)).toBeUndefined();
  });
});
