import { InputError, type ModelRequest } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { nativeCodec } from './anthropic-native-codec';
import { modelInfo, modelRequest, nativeBody } from './model-request.test-support';

// Structured output in the native body (generateObject mode: 'json' with useConverse: false):
// output_config.format, the schema as an object (AWS structured-output guide, Anthropic's structured outputs).
const schema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false };
const responseFormat = { type: 'json' as const, schema, name: 'city' };
const sonnet45 = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
const opus47 = 'global.anthropic.claude-opus-4-7-v1:0';

function prepare(overrides: Partial<ModelRequest>, id = sonnet45) {
  return nativeCodec.prepareRequest(modelRequest(overrides), modelInfo(id));
}

function inputError(overrides: Partial<ModelRequest>, id?: string): InputError {
  try {
    prepare(overrides, id);
  } catch (error) {
    expect(InputError.isInstance(error)).toBe(true);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('native body: structured output (output_config.format)', () => {
  it('sends output_config.format with the schema as an object, and nothing else new', () => {
    expect(nativeBody({ responseFormat })).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      messages: [{ role: 'user', content: 'Hello' }],
      output_config: { format: { type: 'json_schema', schema } },
    });
  });

  it('sends the format beside the effort of a reasoning level, with adaptive thinking', () => {
    expect(nativeBody({ responseFormat, reasoning: 'high' }, opus47)).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      messages: [{ role: 'user', content: 'Hello' }],
      thinking: { type: 'adaptive' },
      output_config: { effort: 'high', format: { type: 'json_schema', schema } },
    });
  });

  it('sends the format beside a thinking budget (no effort on Sonnet 4.5)', () => {
    expect(nativeBody({ responseFormat, reasoning: { budgetTokens: 2048 } })).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      messages: [{ role: 'user', content: 'Hello' }],
      thinking: { type: 'enabled', budget_tokens: 2048 },
      output_config: { format: { type: 'json_schema', schema } },
    });
  });

  it('keeps output_config as before without structured output: effort only, or absent', () => {
    expect(nativeBody({ reasoning: 'low' }, opus47).output_config).toEqual({ effort: 'low' });
    expect(nativeBody({}, opus47)).not.toHaveProperty('output_config');
  });

  it('sends the format on every row with structured output, the newest (default row) included', () => {
    for (const id of ['us.anthropic.claude-haiku-4-5-20251001-v1:0', 'global.anthropic.claude-opus-4-5-20251101-v1:0', 'us.anthropic.claude-sonnet-4-6', 'anthropic.claude-fable-5-v1:0']) {
      expect(nativeBody({ responseFormat }, id).output_config, id).toEqual({ format: { type: 'json_schema', schema } });
    }
  });

  it('warns that a schema description is not sent (the format takes the schema only); no warning without one', () => {
    const described = prepare({ responseFormat: { ...responseFormat, description: 'A city' } });
    expect((described.body as Record<string, unknown>).output_config).toEqual({ format: { type: 'json_schema', schema } });
    expect(described.warnings).toEqual(['schemaDescription not sent: the native output_config.format takes the schema only.']);
    expect(prepare({ responseFormat }).warnings).toBeUndefined();
  });

  it('refuses a model whose row lacks structured output, naming the model', () => {
    for (const id of ['us.anthropic.claude-3-7-sonnet-20250219-v1:0', 'us.anthropic.claude-sonnet-4-20250514-v1:0', 'anthropic.claude-3-haiku-20240307-v1:0']) {
      const error = inputError({ responseFormat }, id);
      const base = id.replace(/^us\./, '');
      expect(error.message).toBe(`anthropic native InvokeModel has no structured output for ${base}; use generateObject mode: 'tool'.`);
    }
  });

  it('refuses additionalModelRequestFields.output_config with structured output (merged last, it would replace the format)', () => {
    const error = inputError({ responseFormat, additionalModelRequestFields: { output_config: { effort: 'high' } } });
    expect(error.message).toBe('anthropic native InvokeModel structured output: additionalModelRequestFields.output_config would replace output_config.format; set the effort with reasoning.');
    // Without structured output it is still merged verbatim, as before.
    expect(nativeBody({ additionalModelRequestFields: { output_config: { effort: 'high' } } }).output_config).toEqual({ effort: 'high' });
  });
});
