import { InputError, jsonSchema } from '@bedrock-kit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtendedCode } from './extended/load-extended-code';
import * as z from 'zod';
import { prepareModelRequest } from './prepare-model-request';
import { loadRefusalMessages } from './refusal/refuse-request';

// Round two's request features are code loaded on use: a call loads it before it is prepared (prepare-call).
beforeAll(() => loadExtendedCode());
// Refusals get their texts on use (decision 0026): these synchronous checks are read with the texts loaded.
beforeAll(() => loadRefusalMessages());

const model = 'anthropic.claude-3-haiku-20240307-v1:0';

describe('prepareModelRequest', () => {
  it('turns a prompt into one user message and keeps only given settings', () => {
    const request = prepareModelRequest({ model, prompt: 'Hi', maxTokens: 10 }, false);
    expect(request.messages).toEqual([{ role: 'user', content: 'Hi' }]);
    expect(request.maxTokens).toBe(10);
    expect('temperature' in request).toBe(false);
    expect(request.stream).toBe(false);
  });

  it.each([
    [{ model, messages: [] }, /messages is empty/],
    [{ model, prompt: 'a', messages: [{ role: 'user' as const, content: 'b' }] }, /either prompt or messages/],
    [{ model: '', prompt: 'a' }, /model is required/],
    [{ model, messages: [{ role: 'user' as const, content: '  ' }] }, /no content/],
    [{ model, messages: [{ role: 'system' as never, content: 'x' }] }, /messages\[0\] is from the system: a conversation must start with a user message; put the first instructions in `system`/],
    [{ model, prompt: 'a', maxTokens: 0 }, /maxTokens must be a positive integer/],
    [{ model, prompt: 'a', temperature: -1 }, /temperature must be/],
    [{ model, prompt: 'a', maxSteps: 0 }, /maxSteps/],
  ])('refuses %o', (request, rule) => {
    expect(() => prepareModelRequest(request, false)).toThrow(rule);
    expect(() => prepareModelRequest(request, false)).toThrow(InputError);
  });

  it('refuses a tool result without a matching earlier tool call', () => {
    const run = () =>
      prepareModelRequest(
        {
          model,
          messages: [
            { role: 'user', content: 'weather?' },
            { role: 'assistant', content: [{ type: 'tool-call', id: 'a', name: 'w', input: {} }] },
            { role: 'user', content: [{ type: 'tool-result', id: 'b', name: 'w', output: 1 }] },
          ],
        },
        false,
      );
    expect(run).toThrow(/answers no earlier tool-call/);
  });

  it('prepares zod and JSON Schema tools as Bedrock-ready JSON Schema', () => {
    const request = prepareModelRequest(
      {
        model,
        prompt: 'x',
        tools: {
          weather: { description: 'Weather', inputSchema: z.object({ city: z.string() }) },
          raw: { inputSchema: jsonSchema({ $schema: 'x', type: 'object', properties: { a: { $ref: '#/$defs/A' } }, $defs: { A: { type: 'string' } } }) },
        },
      },
      false,
    );
    expect(request.tools).toEqual([
      { name: 'weather', description: 'Weather', inputSchema: expect.objectContaining({ type: 'object', required: ['city'] }) },
      { name: 'raw', inputSchema: { type: 'object', properties: { a: { type: 'string' } } } },
    ]);
    expect(JSON.stringify(request.tools)).not.toContain('$schema');
  });

  it.each([
    [{ 'bad name!': { inputSchema: z.object({}) } }, undefined, /tool name "bad name!" is not valid on Bedrock/],
    [{ t: { inputSchema: z.string() } }, undefined, /requires an object schema/],
    [{ t: { inputSchema: z.object({}) } }, { tool: 'other' }, /toolChoice names "other"/],
    [undefined, 'required', /needs tools/],
  ])('refuses bad tools %#', (tools, toolChoice, rule) => {
    expect(() => prepareModelRequest({ model, prompt: 'x', tools: tools as never, toolChoice: toolChoice as never }, false)).toThrow(rule);
  });

  it('refuses a recursive schema', () => {
    const schema = { type: 'object', properties: { next: { $ref: '#' } } };
    expect(() => prepareModelRequest({ model, prompt: 'x', tools: { t: { inputSchema: schema } } }, false)).toThrow(/recursive/);
  });
});
