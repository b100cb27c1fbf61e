import { describe, expect, it } from 'vitest';
import { nativeBody } from './model-request.test-support';

const ephemeral = { type: 'ephemeral' };
const tools = [
  { name: 'a', inputSchema: { type: 'object' } },
  { name: 'b', inputSchema: { type: 'object' } },
];

describe('native cache_control (anthropicPromptCache)', () => {
  it('marks the system prompt (as a text block), the last tool and the last user block', () => {
    const body = nativeBody({ system: 'Long rules', tools, messages: [{ role: 'user', content: 'Question' }], providerOptions: { anthropicPromptCache: true } });
    expect(body.system).toEqual([{ type: 'text', text: 'Long rules', cache_control: ephemeral }]);
    expect(body.tools.map((t: { cache_control?: unknown }) => t.cache_control)).toEqual([undefined, ephemeral]);
    expect(body.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'Question', cache_control: ephemeral }] }]);
  });

  it('marks the last user turn, not a later assistant prefill, and marks a tool result', () => {
    const body = nativeBody({
      providerOptions: { anthropicPromptCache: true },
      messages: [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: [{ type: 'tool-call', id: 't', name: 'a', input: {} }] },
        { role: 'user', content: [{ type: 'tool-result', id: 't', name: 'a', output: 'sunny' }] },
        { role: 'assistant', content: 'It is' },
      ],
    });
    expect(body.messages[0].content).toBe('Weather?');
    expect(body.messages[2].content).toEqual([{ type: 'tool_result', tool_use_id: 't', content: 'sunny', cache_control: ephemeral }]);
    expect(body.messages[3].content).toBe('It is');
  });

  it('sets ttl 1h on every breakpoint with anthropicPromptCacheTtl', () => {
    const body = nativeBody({ system: 's', tools, providerOptions: { anthropicPromptCache: true, anthropicPromptCacheTtl: '1h' } });
    const ttl = { type: 'ephemeral', ttl: '1h' };
    expect([body.system[0].cache_control, body.tools[1].cache_control, body.messages[0].content[0].cache_control]).toEqual([ttl, ttl, ttl]);
  });

  it('adds nothing without the option, and at most three breakpoints with it', () => {
    const plain = nativeBody({ system: 's', tools });
    expect(JSON.stringify(plain)).not.toContain('cache_control');
    const body = nativeBody({
      system: 's',
      tools,
      providerOptions: { anthropicPromptCache: true },
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] },
        { role: 'assistant', content: 'x' },
        { role: 'user', content: [{ type: 'text', text: 'c' }, { type: 'image', data: 'AA==', mediaType: 'image/png' }] },
      ],
    });
    expect(JSON.stringify(body).match(/cache_control/g)).toHaveLength(3);
    expect(body.messages[2].content[1].cache_control).toEqual(ephemeral);
  });
});
