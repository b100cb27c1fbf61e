import { parseModelId } from '@bedrock-kit/core';
import { readCassetteFile, readRecordedModelId } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { mistral } from './mistral';

const file = new URL('./__fixtures__/pydantic-ai/test_bedrock_media_kind_delivered_in_tool_result[mistral_document].yaml', import.meta.url).pathname;
describe('recorded Pixtral Large Converse exchange (pydantic-ai, mistral_document)', () => {
  const exchanges = readCassetteFile(file);

  it('is served through the us. profile; the row has tools and documents', () => {
    expect(exchanges).toHaveLength(2);
    const id = readRecordedModelId(exchanges[0]!);
    expect(id).toBe('us.mistral.pixtral-large-2502-v1:0');
    const info = mistral.resolveModel(parseModelId(id))!;
    expect(info.requiredInferenceProfile).toBeUndefined();
    expect(info.capabilities).toMatchObject({ tools: true, documents: true, images: true });
  });

  it('a tool result holding a document and status success was answered 200 (the Converse adapter keeps both)', () => {
    const sent = JSON.parse(exchanges[1]!.request.body!) as { messages: { role: string; content: Record<string, any>[] }[] };
    const result = sent.messages[2]!.content[0]!.toolResult;
    expect(result.status).toBe('success');
    expect(result.content[0].document).toMatchObject({ format: 'pdf', name: 'Document 1' });
    const adapted = mistral.converse!.prepareRequest!(sent as never, { messages: [], providerOptions: {}, stream: false }, mistral.resolveModel(parseModelId('us.mistral.pixtral-large-2502-v1:0'))!);
    expect(adapted).toBe(sent);
    expect(exchanges[1]!.response.status).toBe(200);
    expect(exchanges[1]!.response.parsedBody).toMatchObject({ stopReason: 'end_turn', output: { message: { content: [{ text: expect.stringMatching(/Document 1\.pdf/) }] } } });
  });

  it('the first call answered with a toolUse whose ID is not Mistral-API style (no 9-character rule on Bedrock)', () => {
    const answer = exchanges[0]!.response.parsedBody as { stopReason: string; output: { message: { content: { toolUse?: { toolUseId: string } }[] } } };
    expect(answer.stopReason).toBe('tool_use');
    expect(answer.output.message.content.find((block) => block.toolUse)!.toolUse!.toolUseId).toMatch(/^tooluse_/);
  });
});
