import { InputError, parseModelId, type ModelInfo, type ModelRequest } from '@bedrock-kit/core';
import { readCassette } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { prepareMetaLlamaRequest } from './prepare-meta-llama-request';
import { resolveMetaLlamaModel } from './resolve-meta-llama-model';

const model = (id: string): ModelInfo => resolveMetaLlamaModel(parseModelId(id))!;
const llama3 = model('meta.llama3-70b-instruct-v1:0');
const llama4 = model('us.meta.llama4-maverick-17b-instruct-v1:0');

const request = (overrides: Partial<ModelRequest> = {}): ModelRequest => ({
  messages: [{ role: 'user', content: 'Hello' }],
  providerOptions: {},
  stream: false,
  ...overrides,
});

const captureError = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
};

describe('prepareMetaLlamaRequest', () => {
  it('builds the same body as the recorded InvokeModel call from the same inputs (openllmetry test_meta_llama3_completion)', () => {
    const [exchange] = readCassette('openllmetry', 'test_meta_llama3_completion');
    const recorded = JSON.parse(exchange!.request.body!) as Record<string, unknown>;
    expect(decodeURIComponent(exchange!.request.uri.split('/model/')[1]!.split('/')[0]!)).toBe('meta.llama3-70b-instruct-v1:0');
    const inputs = { maxTokens: 128, temperature: 0.1, topP: 0.9 };
    // The recording sent the caller's text untouched: our raw-prompt option reproduces it byte for byte.
    const raw = prepareMetaLlamaRequest(
      request({ messages: [{ role: 'user', content: 'Tell me a joke about opentelemetry' }], ...inputs, providerOptions: { metaLlamaRawPrompt: true } }),
      llama3,
    );
    expect(JSON.stringify(raw.body)).toBe(JSON.stringify(recorded));
    // By default the same inputs are wrapped in the chat template; every other field is the same.
    const templated = prepareMetaLlamaRequest(request({ messages: [{ role: 'user', content: 'Tell me a joke about opentelemetry' }], ...inputs }), llama3);
    expect(templated.body).toEqual({
      ...recorded,
      prompt:
        '<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nTell me a joke about opentelemetry<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n',
    });
    expect(Object.keys(templated.body as object)).toEqual(['prompt', 'max_gen_len', 'temperature', 'top_p']);
    expect(templated.warnings).toBeUndefined();
  });

  it('sends only the fields that were set', () => {
    expect(Object.keys(prepareMetaLlamaRequest(request(), llama3).body as object)).toEqual(['prompt']);
  });

  it('uses the Llama 4 template for Llama 4 models', () => {
    const { body } = prepareMetaLlamaRequest(request({ system: 'S' }), llama4);
    expect((body as { prompt: string }).prompt).toBe(
      '<|begin_of_text|><|header_start|>system<|header_end|>\n\nS<|eot|><|header_start|>user<|header_end|>\n\nHello<|eot|><|header_start|>assistant<|header_end|>\n\n',
    );
  });

  it('merges additionalModelRequestFields verbatim at the top level, after our fields', () => {
    const { body } = prepareMetaLlamaRequest(request({ maxTokens: 10, additionalModelRequestFields: { max_gen_len: 99, images: ['AAAA'] } }), llama3);
    expect(body).toMatchObject({ max_gen_len: 99, images: ['AAAA'] });
  });

  // Through the facade, tools on a Llama 3.x model are refused earlier by the capability check
  // ("this Llama model has no tool calling on Bedrock", packages/bedrock check-capabilities).
  it('refuses tools on a Llama 3.x model too, rather than dropping them', () => {
    const error = captureError(() => prepareMetaLlamaRequest(request({ tools: [{ name: 'f', inputSchema: { type: 'object' } }] }), llama3));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/meta-llama native InvokeModel can't carry tools; .*Converse \(meta.llama3-70b-instruct-v1:0\)/);
  });

  it('refuses tools on the native route of a Llama 4 model, pointing to Converse', () => {
    const error = captureError(() => prepareMetaLlamaRequest(request({ tools: [{ name: 'f', inputSchema: { type: 'object' } }] }), llama4));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/native InvokeModel can't carry tools.*Converse/);
  });

  // A toolChoice that needs tools is refused by the facade when there are none (packages/bedrock prepare-model-request).
  it('tolerates a tool choice without tools and sends no tool fields', () => {
    for (const toolChoice of ['none', 'auto', 'required', { tool: 'f' }] as const) {
      expect(Object.keys(prepareMetaLlamaRequest(request({ toolChoice }), llama3).body as object)).toEqual(['prompt']);
    }
  });

  it('refuses image parts, even for a vision model, rather than dropping them', () => {
    const images = request({ messages: [{ role: 'user', content: [{ type: 'image', data: 'AAAA', mediaType: 'image/png' }, { type: 'text', text: 'What is it?' }] }] });
    const error = captureError(() => prepareMetaLlamaRequest(images, model('us.meta.llama3-2-90b-instruct-v1:0')));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error.message).toContain("meta-llama native InvokeModel can't carry image parts");
  });

  it('warns that stop sequences are applied client-side (the native body has no stop parameter)', () => {
    const { body, warnings } = prepareMetaLlamaRequest(request({ stopSequences: ['END'] }), llama3);
    expect(body).not.toHaveProperty('stop');
    expect(warnings).toHaveLength(1);
    expect(warnings![0]).toMatch(/no stop-sequence parameter.*client-side/);
    expect(prepareMetaLlamaRequest(request({ stopSequences: [''] }), llama3).warnings).toBeUndefined();
  });

  it('refuses metaLlamaRawPrompt unless the request is one user text', () => {
    const raw = { providerOptions: { metaLlamaRawPrompt: true } };
    expect(InputError.isInstance(captureError(() => prepareMetaLlamaRequest(request({ ...raw, system: 'S' }), llama3)))).toBe(true);
    expect(
      InputError.isInstance(
        captureError(() => prepareMetaLlamaRequest(request({ ...raw, messages: [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b' }] }), llama3)),
      ),
    ).toBe(true);
    expect(
      InputError.isInstance(
        captureError(() =>
          prepareMetaLlamaRequest(request({ ...raw, messages: [{ role: 'user', content: [{ type: 'image', data: 'AA', mediaType: 'image/png' }] }] }), llama3),
        ),
      ),
    ).toBe(true);
    expect((prepareMetaLlamaRequest(request(raw), llama3).body as { prompt: string }).prompt).toBe('Hello');
  });
});
