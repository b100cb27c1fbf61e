import type { LanguageModelV4ToolResultOutput, SharedV4Warning } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { convertPrompt } from './convert-prompt';

describe('convertPrompt', () => {
  it('joins system messages, warns about a late one, and merges tool results into the user turn that follows', () => {
    const warnings: SharedV4Warning[] = [];
    const converted = convertPrompt(
      [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'text', text: 'Weather?' }] },
        {
          role: 'assistant',
          content: [
            { type: 'reasoning', text: 'Think.', providerOptions: { bedrockKit: { signature: 'sig' } } },
            { type: 'reasoning', text: '', providerOptions: { bedrockKit: { redacted: 'b64' } } },
            { type: 'text', text: '' },
            { type: 'tool-call', toolCallId: 't1', toolName: 'weather', input: { city: 'Oslo' } },
            { type: 'tool-call', toolCallId: 's1', toolName: 'web', input: {}, providerExecuted: true },
          ],
        },
        {
          role: 'tool',
          content: [
            { type: 'tool-result', toolCallId: 't1', toolName: 'weather', output: { type: 'json', value: { degrees: 3 } } },
            { type: 'tool-approval-response', approvalId: 'a', approved: true },
          ],
        },
        { role: 'system', content: 'Now in French.' },
        { role: 'user', content: [{ type: 'text', text: 'Merci' }] },
      ],
      warnings,
    );
    expect(converted.system).toBe('Be brief.\n\nNow in French.');
    expect(warnings).toEqual([{ type: 'compatibility', feature: 'system message after the first user turn', details: 'joined to the system prompt' }]);
    expect(converted.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Weather?' }] },
      {
        role: 'assistant',
        content: [
          { type: 'reasoning', text: 'Think.', signature: 'sig' },
          { type: 'reasoning', text: '', redacted: 'b64' },
          { type: 'tool-call', id: 't1', name: 'weather', input: { city: 'Oslo' } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool-result', id: 't1', name: 'weather', output: { degrees: 3 } },
          { type: 'text', text: 'Merci' },
        ],
      },
    ]);
  });

  it('maps every tool output kind; errors and denials are isError results', () => {
    const outputs: LanguageModelV4ToolResultOutput[] = [
      { type: 'text', value: 'plain' },
      { type: 'error-text', value: 'boom' },
      { type: 'error-json', value: { code: 1 } },
      { type: 'execution-denied', reason: 'user said no' },
      { type: 'execution-denied' },
      { type: 'content', value: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] },
    ];
    const { messages } = convertPrompt(
      [{ role: 'tool', content: outputs.map((output, index) => ({ type: 'tool-result' as const, toolCallId: `t${index}`, toolName: 'x', output })) }],
      [],
    );
    expect((messages[0]!.content as { output: unknown; isError?: boolean }[]).map(({ output, isError }) => ({ output, isError }))).toEqual([
      { output: 'plain', isError: undefined },
      { output: 'boom', isError: true },
      { output: { code: 1 }, isError: true },
      { output: 'user said no', isError: true },
      { output: 'Tool execution denied.', isError: true },
      { output: 'a\nb', isError: undefined },
    ]);
  });

  it('files: images by media type, other types as documents named by filename, text data as UTF-8 bytes; URLs are refused', () => {
    const { messages, documents } = convertPrompt(
      [
        {
          role: 'user',
          content: [
            { type: 'file', mediaType: 'image/jpeg', data: { type: 'data', data: 'AAAA' } },
            { type: 'file', mediaType: 'text/markdown', filename: 'notes.md', data: { type: 'text', text: '# Hi' } },
          ],
        },
      ],
      [],
    );
    expect(messages[0]!.content).toEqual([
      { type: 'image', data: 'AAAA', mediaType: 'image/jpeg' },
      { type: 'document', data: new TextEncoder().encode('# Hi'), mediaType: 'text/markdown', name: 'notes.md' },
    ]);
    expect(documents).toEqual([{ mediaType: 'text/markdown', name: 'notes.md' }]);
    expect(() =>
      convertPrompt([{ role: 'user', content: [{ type: 'file', mediaType: 'image/png', data: { type: 'url', url: new URL('https://example.com/a.png') } }] }], []),
    ).toThrow(/file parts given as url/);
  });

  it('moves a redacted reasoning block that follows other parts to the end of the leading reasoning', () => {
    const { messages } = convertPrompt(
      [
        {
          role: 'assistant',
          content: [
            { type: 'reasoning', text: 'a', providerOptions: { bedrockKit: { signature: 's' } } },
            { type: 'text', text: 'x' },
            { type: 'tool-call', toolCallId: 't', toolName: 'w', input: {} },
            { type: 'reasoning', text: '', providerOptions: { bedrockKit: { redacted: 'R' } } },
          ],
        },
      ],
      [],
    );
    expect((messages[0]!.content as { type: string }[]).map((part) => part.type)).toEqual(['reasoning', 'reasoning', 'text', 'tool-call']);
    expect(messages[0]!.content[1]).toEqual({ type: 'reasoning', text: '', redacted: 'R' });
  });

  it('warns about assistant parts Bedrock has no form for', () => {
    const warnings: SharedV4Warning[] = [];
    convertPrompt([{ role: 'assistant', content: [{ type: 'custom', kind: 'x.y' }] }], warnings);
    expect(warnings).toEqual([{ type: 'unsupported', feature: 'assistant custom part', details: 'left out of the request' }]);
  });
});
