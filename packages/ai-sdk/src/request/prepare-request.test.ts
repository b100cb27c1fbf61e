import { isJsonSchemaWrapper } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { prepareRequest } from './prepare-request';

const prompt = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'Hi' }] }];
const objectSchema = { type: 'object' as const, properties: { a: { type: 'string' as const } }, required: ['a'] };

describe('prepareRequest', () => {
  it('function tools get a jsonSchema() input and no execute; what Bedrock cannot take is warned about', () => {
    const { request, warnings } = prepareRequest('m', {
      prompt,
      tools: [
        { type: 'function', name: 'a', description: 'A', inputSchema: objectSchema, inputExamples: [{ input: { a: 'x' } }], strict: true },
        { type: 'provider', id: 'bedrock.web_search', name: 'web', args: {} },
      ],
      toolChoice: { type: 'tool', toolName: 'a' },
      presencePenalty: 1,
      frequencyPenalty: 1,
      reasoning: 'high',
      includeRawChunks: true,
      headers: { 'User-Agent': 'ai/7', 'x-skip': undefined },
    });
    expect(Object.keys(request.tools!)).toEqual(['a']);
    const tool = request.tools!.a!;
    expect(tool.description).toBe('A');
    expect(tool.execute).toBeUndefined();
    expect(isJsonSchemaWrapper(tool.inputSchema)).toBe(true);
    expect((tool.inputSchema as { jsonSchema: unknown }).jsonSchema).toEqual(objectSchema);
    expect(request.toolChoice).toEqual({ tool: 'a' });
    expect(request).not.toHaveProperty('maxSteps');
    expect(warnings.map((warning) => ('feature' in warning ? warning.feature : warning))).toEqual([
      'presencePenalty',
      'frequencyPenalty',
      'reasoning',
      'includeRawChunks',
      'inputExamples of tool a',
      'strict of tool a',
      'provider tool bedrock.web_search',
    ]);
  });

  it('responseFormat json with a schema next to user tools: the json tool joins them and a tool call is required', () => {
    const { request, jsonToolName } = prepareRequest('m', {
      prompt,
      tools: [{ type: 'function', name: 'a', inputSchema: objectSchema }],
      responseFormat: { type: 'json', schema: objectSchema, name: 'thing' },
    });
    expect(jsonToolName).toBe('json');
    expect(Object.keys(request.tools!)).toEqual(['a', 'json']);
    expect(request.tools!.json!.description).toBe("Respond with thing as this tool's input.");
    expect(request.toolChoice).toBe('required');
  });

  it('the JSON tool never takes the name of a user tool', () => {
    const { request, jsonToolName } = prepareRequest('m', {
      prompt,
      tools: [{ type: 'function', name: 'json', inputSchema: objectSchema }],
      responseFormat: { type: 'json', schema: objectSchema },
    });
    expect(jsonToolName).toBe('json_1');
    expect(Object.keys(request.tools!)).toEqual(['json', 'json_1']);
  });

  it('call settings map one to one; providerOptions.bedrockKit is passed as given; other providers are ignored', () => {
    const signal = new AbortController().signal;
    const { request, warnings } = prepareRequest('bedrock:m', {
      prompt,
      maxOutputTokens: 10,
      temperature: 0,
      topP: 0.9,
      stopSequences: [],
      abortSignal: signal,
      providerOptions: { bedrockKit: { useConverse: true, region: 'eu-west-1' }, openai: { user: 'x' } },
    });
    expect(request).toEqual({
      model: 'bedrock:m',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
      maxTokens: 10,
      temperature: 0,
      topP: 0.9,
      abortSignal: signal,
      providerOptions: { useConverse: true, region: 'eu-west-1' },
    });
    expect(warnings).toEqual([]);
  });
});
