import { InputError, type Message } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { infoOf, requestOf } from './model-info.test-support';
import { acceptsNovaRequest } from './accepts-nova-request';
import { prepareNovaRequest } from './prepare-nova-request';

const lite = infoOf('us.amazon.nova-lite-v1:0');
const micro = infoOf('amazon.nova-micro-v1:0');
const nova2 = infoOf('global.amazon.nova-2-lite-v1:0');
const weather = { name: 'weather', description: 'Current weather for a city', inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } };

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(InputError.isInstance(error)).toBe(true);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('prepareNovaRequest', () => {
  it('text request: messages-v1 schema, system blocks, inferenceConfig with the schema page names', () => {
    const { body, warnings } = prepareNovaRequest(
      requestOf({ system: 'Be brief.', maxTokens: 300, temperature: 0.5, topP: 0.9, stopSequences: ['END'] }),
      lite,
    );
    expect(warnings).toBeUndefined();
    expect(body).toEqual({
      schemaVersion: 'messages-v1',
      system: [{ text: 'Be brief.' }],
      messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
      inferenceConfig: { maxTokens: 300, temperature: 0.5, topP: 0.9, stopSequences: ['END'] },
    });
  });

  it('leaves out what the request does not set; additionalModelRequestFields merges, its inferenceConfig into ours', () => {
    expect(prepareNovaRequest(requestOf(), lite).body).toEqual({ schemaVersion: 'messages-v1', messages: [{ role: 'user', content: [{ text: 'Hello' }] }] });
    const { body } = prepareNovaRequest(requestOf({ maxTokens: 10, additionalModelRequestFields: { inferenceConfig: { topK: 20 }, extra: true } }), lite);
    expect(body).toMatchObject({ inferenceConfig: { maxTokens: 10, topK: 20 }, extra: true });
  });

  it('images, documents and video as base64 blocks with Nova formats; video from S3 as s3Location', () => {
    const messages: Message[] = [
      {
        role: 'user',
        content: [
          { type: 'image', data: new Uint8Array([1, 2, 3]), mediaType: 'image/png' },
          { type: 'document', data: 'aGk=', mediaType: 'application/pdf', name: 'report' },
          { type: 'video', data: 'AAAA', mediaType: 'video/quicktime' },
          { type: 'video', data: { s3Uri: 's3://bucket/clip.mp4', bucketOwner: '123456789012' }, mediaType: 'video/mp4' },
          { type: 'text', text: 'Describe.' },
        ] as never,
      },
    ];
    const { body } = prepareNovaRequest(requestOf({ messages }), lite);
    expect((body as any).messages[0].content).toEqual([
      { image: { format: 'png', source: { bytes: 'AQID' } } },
      { document: { format: 'pdf', name: 'report', source: { bytes: 'aGk=' } } },
      { video: { format: 'mov', source: { bytes: 'AAAA' } } },
      { video: { format: 'mp4', source: { s3Location: { uri: 's3://bucket/clip.mp4', bucketOwner: '123456789012' } } } },
      { text: 'Describe.' },
    ]);
  });

  it('tools: toolSpec with the JSON schema, toolChoice any / tool / auto; tool history as toolUse / toolResult', () => {
    const messages: Message[] = [
      { role: 'user', content: 'Weather in Oslo?' },
      { role: 'assistant', content: [{ type: 'tool-call', id: 'tooluse_1', name: 'weather', input: { city: 'Oslo' } }] },
      { role: 'user', content: [{ type: 'tool-result', id: 'tooluse_1', name: 'weather', output: { tempC: 4 } }, { type: 'tool-result', id: 'tooluse_2', name: 'weather', output: 'boom', isError: true }] },
    ];
    const { body } = prepareNovaRequest(requestOf({ messages, tools: [weather], toolChoice: 'required' }), lite) as { body: any };
    expect(body.toolConfig).toEqual({ tools: [{ toolSpec: { name: 'weather', description: 'Current weather for a city', inputSchema: { json: weather.inputSchema } } }], toolChoice: { any: {} } });
    expect(body.messages[1].content).toEqual([{ toolUse: { toolUseId: 'tooluse_1', name: 'weather', input: { city: 'Oslo' } } }]);
    expect(body.messages[2].content).toEqual([
      { toolResult: { toolUseId: 'tooluse_1', content: [{ json: { tempC: 4 } }] } },
      { toolResult: { toolUseId: 'tooluse_2', content: [{ text: 'boom' }], status: 'error' } },
    ]);
    expect((prepareNovaRequest(requestOf({ tools: [weather], toolChoice: { tool: 'weather' } }), lite).body as any).toolConfig.toolChoice).toEqual({ tool: { name: 'weather' } });
    expect((prepareNovaRequest(requestOf({ tools: [weather], toolChoice: 'auto' }), lite).body as any).toolConfig.toolChoice).toEqual({ auto: {} });
  });

  it("toolChoice 'none': tools left out, or kept with a warning while the history holds tool blocks", () => {
    expect((prepareNovaRequest(requestOf({ tools: [weather], toolChoice: 'none' }), lite).body as any).toolConfig).toBeUndefined();
    const messages: Message[] = [
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', content: [{ type: 'tool-call', id: 't1', name: 'weather', input: {} }] },
      { role: 'user', content: [{ type: 'tool-result', id: 't1', name: 'weather', output: 'sunny' }] },
    ];
    const { body, warnings } = prepareNovaRequest(requestOf({ messages, tools: [weather], toolChoice: 'none' }), lite);
    expect((body as any).toolConfig.tools).toHaveLength(1);
    expect(warnings).toEqual([expect.stringContaining("toolChoice 'none' was not sent")]);
  });

  it('promptCache: cache points after the system prompt and the conversation, never in tools; hand-placed points kept', () => {
    const { body } = prepareNovaRequest(requestOf({ system: 'Long rules', tools: [weather], providerOptions: { promptCache: true } }), lite) as { body: any };
    expect(body.system).toEqual([{ text: 'Long rules' }, { cachePoint: { type: 'default' } }]);
    expect(body.messages[0].content).toEqual([{ text: 'Hello' }, { cachePoint: { type: 'default' } }]);
    expect(JSON.stringify(body.toolConfig)).not.toContain('cachePoint');
    const manual = prepareNovaRequest(
      requestOf({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Doc' }, { type: 'cache-point' }, { type: 'text', text: 'Q' }] as never }] }),
      lite,
    ).body as any;
    expect(manual.messages[0].content).toEqual([{ text: 'Doc' }, { cachePoint: { type: 'default' } }, { text: 'Q' }]);
  });

  it("reasoning on Nova 2 Lite: reasoningConfig { type: 'enabled', maxReasoningEffort }; 'none' sends nothing", () => {
    for (const level of ['low', 'medium', 'high'] as const) {
      expect((prepareNovaRequest(requestOf({ reasoning: level }), nova2).body as any).reasoningConfig).toEqual({ type: 'enabled', maxReasoningEffort: level });
    }
    expect((prepareNovaRequest(requestOf({ reasoning: 'none' }), nova2).body as any).reasoningConfig).toBeUndefined();
    expect((prepareNovaRequest(requestOf({ reasoning: 'none' }), lite).body as any).reasoningConfig).toBeUndefined();
  });

  it('earlier reasoning goes back as Nova wrote it: Nova 2 reasoningContent, Nova 1 <thinking> text', () => {
    const messages: Message[] = [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: [{ type: 'reasoning', text: '[REDACTED]' }, { type: 'text', text: 'Hello' }] },
      { role: 'user', content: 'Again' },
    ];
    expect((prepareNovaRequest(requestOf({ messages }), nova2).body as any).messages[1].content[0]).toEqual({ reasoningContent: { reasoningText: { text: '[REDACTED]' } } });
    expect((prepareNovaRequest(requestOf({ messages }), lite).body as any).messages[1].content[0]).toEqual({ text: '<thinking>[REDACTED]</thinking>' });
  });

  describe('refusals name the model and the limit', () => {
    it('a media type the model lacks (video, image or document on Micro)', () => {
      for (const type of ['image', 'document', 'video']) {
        const part = { type, data: 'AAAA', mediaType: type === 'image' ? 'image/png' : type === 'document' ? 'text/plain' : 'video/mp4' };
        const error = refusal(() => prepareNovaRequest(requestOf({ messages: [{ role: 'user', content: [part] as never }] }), micro));
        expect(error.message).toContain('amazon.nova-micro-v1:0');
        expect(error.message).toContain(`takes no ${type} input`);
        expect(error.message).toContain('messages[0].content[0]');
      }
    });

    it('a media format Nova has no name for, and image / document data from S3 on the native body', () => {
      const bmp = refusal(() => prepareNovaRequest(requestOf({ messages: [{ role: 'user', content: [{ type: 'image', data: 'AAAA', mediaType: 'image/bmp' }] }] }), lite));
      expect(bmp.message).toMatch(/amazon\.nova-lite-v1:0 takes no image of type "image\/bmp"; use image\/png/);
      const s3Messages = [{ role: 'user' as const, content: [{ type: 'image', data: { s3Uri: 's3://b/k.png' }, mediaType: 'image/png' }] as never }];
      const s3 = refusal(() => prepareNovaRequest(requestOf({ messages: s3Messages }), lite));
      expect(s3.message).toContain("can't carry image data from S3");
      // Without a forced route the facade asks first and sends such a request through Converse.
      expect(acceptsNovaRequest(requestOf({ messages: s3Messages }))).toBe(false);
      const guardMessages = [{ role: 'user' as const, content: [{ type: 'text', text: 'Check me', guard: true }] as never }];
      expect(refusal(() => prepareNovaRequest(requestOf({ messages: guardMessages }), lite)).message).toContain("can't carry a guard text part");
      expect(acceptsNovaRequest(requestOf({ messages: guardMessages }))).toBe(false);
      expect(acceptsNovaRequest(requestOf({ messages: [{ role: 'user', content: [{ type: 'video', data: { s3Uri: 's3://b/v.mp4' }, mediaType: 'video/mp4' }] as never }] }))).toBe(true);
      expect(acceptsNovaRequest(requestOf())).toBe(true);
    });

    it('reasoning on a model without it, a budget, and a level the row lacks', () => {
      expect(refusal(() => prepareNovaRequest(requestOf({ reasoning: 'high' }), lite)).message).toMatch(/amazon\.nova-lite-v1:0 has no reasoning/);
      expect(refusal(() => prepareNovaRequest(requestOf({ reasoning: { budgetTokens: 2048 } }), nova2)).message).toMatch(
        /amazon\.nova-2-lite-v1:0 takes no token budget \(got \{ budgetTokens: 2048 \}\); use one of 'low', 'medium', 'high'/,
      );
      expect(refusal(() => prepareNovaRequest(requestOf({ reasoning: 'xhigh' }), nova2)).message).toMatch(/takes 'low', 'medium', 'high'; got 'xhigh'/);
    });

    it("a cache TTL Nova lacks ('1h'), and a redacted reasoning block (Nova never sends one)", () => {
      expect(refusal(() => prepareNovaRequest(requestOf({ providerOptions: { promptCache: { ttl: '1h' } } }), lite)).message).toMatch(
        /amazon\.nova-lite-v1:0 takes cache TTL '5m'; got "1h"/,
      );
      const messages: Message[] = [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: [{ type: 'reasoning', text: '', redacted: 'b3BhcXVl' }] },
        { role: 'user', content: 'Again' },
      ];
      expect(refusal(() => prepareNovaRequest(requestOf({ messages }), nova2)).message).toContain("can't carry redacted reasoning");
    });
  });
});
