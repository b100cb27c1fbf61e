import { InputError, type Message } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { convertToLlamaPrompt } from './convert-to-llama-prompt';

describe('convertToLlamaPrompt', () => {
  it('renders the Llama 3 template with system, user and an open assistant header', () => {
    const prompt = convertToLlamaPrompt({ system: 'Be brief.', messages: [{ role: 'user', content: 'Hi' }], template: 'llama3' });
    expect(prompt).toBe(
      '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|>' +
        '<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>' +
        '<|start_header_id|>assistant<|end_header_id|>\n\n',
    );
  });

  it('renders the Llama 4 tokens for Llama 4 models', () => {
    const prompt = convertToLlamaPrompt({ system: 'S', messages: [{ role: 'user', content: 'Q' }], template: 'llama4' });
    expect(prompt).toBe(
      '<|begin_of_text|><|header_start|>system<|header_end|>\n\nS<|eot|><|header_start|>user<|header_end|>\n\nQ<|eot|><|header_start|>assistant<|header_end|>\n\n',
    );
  });

  it('omits the system block when there is no system prompt and keeps every turn in order', () => {
    const messages: Message[] = [
      { role: 'user', content: [{ type: 'text', text: 'A' }, { type: 'text', text: 'B' }] },
      { role: 'assistant', content: 'C' },
      { role: 'user', content: 'D' },
    ];
    expect(convertToLlamaPrompt({ messages, template: 'llama3' })).toBe(
      '<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nAB<|eot_id|>' +
        '<|start_header_id|>assistant<|end_header_id|>\n\nC<|eot_id|>' +
        '<|start_header_id|>user<|end_header_id|>\n\nD<|eot_id|>' +
        '<|start_header_id|>assistant<|end_header_id|>\n\n',
    );
  });

  it('leaves a trailing assistant turn open so the model continues it (prefill)', () => {
    const prompt = convertToLlamaPrompt({
      messages: [
        { role: 'user', content: 'List three colours as JSON.' },
        { role: 'assistant', content: '["' },
      ],
      template: 'llama3',
    });
    expect(prompt.endsWith('<|start_header_id|>assistant<|end_header_id|>\n\n["')).toBe(true);
    expect(prompt.match(/assistant/g)).toHaveLength(1);
  });

  // An empty conversation never gets here: the facade refuses it for every family (packages/bedrock validate-messages).
  it('leaves the empty-conversation check to the facade: only the open assistant header is rendered', () => {
    expect(convertToLlamaPrompt({ messages: [], template: 'llama3' })).toBe('<|begin_of_text|><|start_header_id|>assistant<|end_header_id|>\n\n');
  });

  it.each([
    ['image', { type: 'image', data: 'AAAA', mediaType: 'image/png' }, /useConverse: true/],
    ['document', { type: 'document', data: 'AAAA', mediaType: 'application/pdf', name: 'a' }, /useConverse: true/],
    ['tool-call', { type: 'tool-call', id: 't1', name: 'f', input: {} }, /text only.*useConverse: true.*tools/],
    ['tool-result', { type: 'tool-result', id: 't1', name: 'f', output: 'ok' }, /text only.*useConverse: true.*tools/],
    ['reasoning', { type: 'reasoning', text: 'hmm', signature: 'sig' }, /text only\. Remove the part/],
  ] as const)('refuses %s parts, naming the part and the route', (type, part, advice) => {
    const messages: Message[] = [
      { role: 'user', content: 'first' },
      { role: 'assistant', content: [{ type: 'text', text: 'x' }, part as never] },
    ];
    let error: unknown;
    try {
      convertToLlamaPrompt({ messages, template: 'llama3' });
    } catch (caught) {
      error = caught;
    }
    expect(InputError.isInstance(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain(`meta-llama native InvokeModel can't carry ${type} parts (message 2, assistant)`);
    expect(message).toMatch(advice);
  });
});
