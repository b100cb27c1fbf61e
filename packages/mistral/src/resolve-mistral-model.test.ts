import { parseModelId } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { findMistralModel } from './find-mistral-model';
import { mistral } from './mistral';
import { mistralModels } from './mistral-models';
import { prepareMistralConverseRequest } from './prepare-mistral-converse-request';
import { resolveMistralModel } from './resolve-mistral-model';

const resolve = (id: string) => resolveMistralModel(parseModelId(id));

describe('resolveMistralModel', () => {
  it('Pixtral Large is profile-only; Devstral 2 and the others answer with the bare ID', () => {
    expect(resolve('mistral.pixtral-large-2502-v1:0')).toMatchObject({ family: 'mistral', requiredInferenceProfile: 'us.mistral.pixtral-large-2502-v1:0' });
    expect(resolve('us.mistral.pixtral-large-2502-v1:0')?.requiredInferenceProfile).toBeUndefined();
    for (const row of mistralModels.filter((model) => !model.inferenceProfileOnly)) expect(resolve(row.id)?.requiredInferenceProfile, row.id).toBeUndefined();
    expect(resolve('mistral.devstral-2-123b')).toMatchObject({ capabilities: { tools: true, nativeApi: true } });
  });

  it('the text body for 7B, Mixtral and the 24.02 models, the chat body for the rest', () => {
    const text = mistralModels.filter((model) => model.body === 'text').map((model) => model.id);
    expect(text).toEqual(['mistral.mistral-7b-instruct-v0:2', 'mistral.mixtral-8x7b-instruct-v0:1', 'mistral.mistral-small-2402-v1:0', 'mistral.mistral-large-2402-v1:0']);
    expect(findMistralModel('mistral.mistral-large-2402-v1:0:32k')).toMatchObject({ body: 'text', inferenceProfileOnly: false });
    expect(findMistralModel('mistral.some-future-model')).toMatchObject({ body: 'chat', capabilities: { tools: true } });
  });

  it('capabilities per model: no system prompt or tools for 7B / Mixtral; images for Pixtral, Large 3, Ministral; Magistral always reasons', () => {
    expect(resolve('mistral.mixtral-8x7b-instruct-v0:1')!.capabilities).toMatchObject({ systemPrompt: false, tools: false, maxOutputTokens: 4096 });
    expect(resolve('mistral.mistral-large-3-675b-instruct')!.capabilities.images).toBe(true);
    expect(resolve('mistral.ministral-3-8b-instruct')!.capabilities.images).toBe(true);
    expect(resolve('mistral.magistral-small-2509')!.capabilities).toMatchObject({ reasoning: true, alwaysReasons: true });
    expect(resolve('meta.llama3-8b-instruct-v1:0')).toBeUndefined();
  });

  it('is a v1 family named mistral', () => {
    expect(mistral).toMatchObject({ specificationVersion: 'v1', name: 'mistral', displayName: 'Mistral' });
  });
});

describe('prepareMistralConverseRequest', () => {
  it('sends text tool results as json; keeps json, documents and status; removes reasoning signatures', () => {
    const body = {
      messages: [
        { role: 'assistant' as const, content: [{ reasoningContent: { reasoningText: { text: 't', signature: 'sig' } } }, { toolUse: { toolUseId: 'a', name: 'f', input: {} } }] },
        {
          role: 'user' as const,
          content: [
            { toolResult: { toolUseId: 'a', content: [{ text: 'sunny' }], status: 'error' } },
            { toolResult: { toolUseId: 'b', content: [{ json: { tempC: 4 } }] } },
          ],
        },
      ],
    };
    const out = prepareMistralConverseRequest(body);
    expect(out.messages[0]!.content[0]).toEqual({ reasoningContent: { reasoningText: { text: 't' } } });
    expect(out.messages[1]!.content).toEqual([
      { toolResult: { toolUseId: 'a', content: [{ json: { result: 'sunny' } }], status: 'error' } },
      { toolResult: { toolUseId: 'b', content: [{ json: { tempC: 4 } }] } },
    ]);
    const plain = { messages: [{ role: 'user' as const, content: [{ text: 'hi' }] }] };
    expect(prepareMistralConverseRequest(plain)).toBe(plain);
  });
});
