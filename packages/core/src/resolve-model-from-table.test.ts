import { describe, expect, it } from 'vitest';
import type { ModelCapabilities } from './model-capabilities';
import { parseModelId } from './model-id';
import { resolveModelFromTable, type ModelTableEntry } from './resolve-model-from-table';

const capabilities: ModelCapabilities = {
  tools: true,
  toolsWhileStreaming: true,
  reasoning: false,
  promptCaching: false,
  images: false,
  documents: true,
  citations: false,
  nativeApi: true,
  systemPrompt: true,
};
const table: Record<string, ModelTableEntry> = {
  'acme.on-demand-v1:0': { capabilities },
  'acme.profile-only-v1:0': { capabilities, profileOnly: true },
};
const resolve = (id: string) => resolveModelFromTable(parseModelId(id), 'acme', (base) => table[base]);

describe('resolveModelFromTable', () => {
  it('builds the model info from the entry, with a copy of its capabilities', () => {
    const info = resolve('acme.on-demand-v1:0');
    expect(info).toStrictEqual({ family: 'acme', modelId: 'acme.on-demand-v1:0', baseModelId: 'acme.on-demand-v1:0', capabilities });
    expect(info!.capabilities).not.toBe(capabilities);
  });

  it('names the us. profile only for a bare ID of a profile-only model', () => {
    expect(resolve('acme.profile-only-v1:0')?.requiredInferenceProfile).toBe('us.acme.profile-only-v1:0');
    expect(resolve('eu.acme.profile-only-v1:0')).toStrictEqual({
      family: 'acme',
      modelId: 'eu.acme.profile-only-v1:0',
      baseModelId: 'acme.profile-only-v1:0',
      capabilities,
    });
    expect(resolve('arn:aws:bedrock:us-east-1::foundation-model/acme.profile-only-v1:0')).not.toHaveProperty('requiredInferenceProfile');
  });

  it('returns undefined for IDs the table lacks and ARNs without a readable base model', () => {
    expect(resolve('other.model-v1:0')).toBeUndefined();
    expect(resolve('arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc')).toBeUndefined();
  });
});
