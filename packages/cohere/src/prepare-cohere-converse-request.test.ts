import { InputError, type ConverseRequestBody } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { cohere } from './cohere';
import { createTestRequest, testModel } from './test-request.test-support';
import { validateServiceShape } from './validate-service-shape.test-support';

const prepare = (body: ConverseRequestBody, providerOptions: Record<string, unknown> = {}, model = testModel()) =>
  cohere.converse!.prepareRequest!(body, createTestRequest({ providerOptions }), model);

/** A Converse body as the facade builds it: two documents and a question. */
function bodyWithDocuments(): ConverseRequestBody {
  return {
    messages: [
      {
        role: 'user',
        content: [
          { document: { format: 'txt', name: 'penguins', source: { bytes: btoa('Emperor penguins are the tallest.') } } },
          { document: { format: 'md', name: 'habitats', source: { bytes: btoa('# Antarctica') } } },
          { text: 'Which penguin is tallest?' },
        ],
      },
    ],
  };
}

describe('Cohere Converse adapter: citations', () => {
  it('asks for citations on every document block, as the service model spells it', () => {
    const body = prepare(bodyWithDocuments());
    const blocks = body.messages[0]!.content;
    expect(blocks[0]).toEqual({
      document: { format: 'txt', name: 'penguins', source: { bytes: btoa('Emperor penguins are the tallest.') }, citations: { enabled: true } },
    });
    expect((blocks[1]!.document as Record<string, unknown>).citations).toEqual({ enabled: true });
    expect(blocks[2]).toEqual({ text: 'Which penguin is tallest?' });
    for (const [i, message] of body.messages.entries()) {
      expect(validateServiceShape(message, 'Message', `messages[${i}]`)).toEqual([]);
    }
  });

  it('does not change the body it was given', () => {
    const original = bodyWithDocuments();
    const snapshot = structuredClone(original);
    prepare(original);
    expect(original).toEqual(snapshot);
  });

  it('keeps a citations setting already on a block, and can be turned off with cohereCitations: false', () => {
    const given = bodyWithDocuments();
    (given.messages[0]!.content[0]!.document as Record<string, unknown>).citations = { enabled: false };
    const kept = prepare(given).messages[0]!.content;
    expect((kept[0]!.document as Record<string, unknown>).citations).toEqual({ enabled: false });
    expect((kept[1]!.document as Record<string, unknown>).citations).toEqual({ enabled: true });
    const off = prepare(bodyWithDocuments(), { cohereCitations: false }).messages[0]!.content;
    expect(off.every((block) => (block.document as Record<string, unknown> | undefined)?.citations === undefined)).toBe(true);
  });

  it('leaves models without citations alone (legacy Command)', () => {
    const body = prepare(bodyWithDocuments(), {}, testModel('cohere.command-text-v14'));
    expect((body.messages[0]!.content[0]!.document as Record<string, unknown>).citations).toBeUndefined();
  });

  it('a Converse answer with a citationsContent block (service model shapes) points back at the request documents', () => {
    // What Converse returns for the request above when citations are enabled: text and
    // CitationsContentBlock content blocks (service model ContentBlock / CitationsContentBlock).
    // The facade maps it generically (parseConverseCitation); the Cohere part is that the
    // documentIndex values refer to the document blocks in the order this adapter sent them.
    const request = prepare(bodyWithDocuments());
    const answer = {
      role: 'assistant',
      content: [
        { text: 'The tallest is ' },
        {
          citationsContent: {
            content: [{ text: 'the emperor penguin' }],
            citations: [
              {
                title: 'penguins',
                sourceContent: [{ text: 'Emperor penguins are the tallest.' }],
                location: { documentChar: { documentIndex: 0, start: 0, end: 33 } },
              },
            ],
          },
        },
        { text: '.' },
      ],
    };
    expect(validateServiceShape(answer, 'Message', 'output.message')).toEqual([]);
    const documents = request.messages.flatMap((m) => m.content.flatMap((b) => (b.document ? [b.document as { name: string; citations?: unknown }] : [])));
    const cited = (answer.content[1] as { citationsContent: { citations: { title: string; location: { documentChar: { documentIndex: number } } }[] } })
      .citationsContent.citations[0]!;
    const document = documents[cited.location.documentChar.documentIndex]!;
    expect(document.name).toBe(cited.title);
    expect(document.citations).toEqual({ enabled: true });
    // No Cohere-specific extra citations: everything is in the standard blocks.
    expect(cohere.converse!.parseCitations).toBeUndefined();
  });

  it('the service-model validator used above catches a malformed citation block', () => {
    const bad = { citationsContent: { citations: [{ location: { documentChar: { documentIndex: 'zero' }, web: {} } }], extra: 1 } };
    expect(validateServiceShape(bad, 'ContentBlock')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('not a member of CitationsContentBlock'),
        expect.stringContaining('a union needs exactly one member'),
        expect.stringContaining('expected an integer'),
      ]),
    );
  });
});

describe('Cohere Converse adapter: tool choice', () => {
  const tool = (name: string) => ({ toolSpec: { name, inputSchema: { json: { type: 'object', properties: {} } } } });

  it('sends { tool } naming the only tool as the equivalent { any: {} }', () => {
    const body = prepare({
      messages: [{ role: 'user', content: [{ text: 'Extract' }] }],
      toolConfig: { tools: [tool('extract')], toolChoice: { tool: { name: 'extract' } } },
    });
    expect(body.toolConfig).toEqual({ tools: [tool('extract')], toolChoice: { any: {} } });
    expect(validateServiceShape(body.toolConfig, 'ToolConfiguration')).toEqual([]);
  });

  it('refuses { tool } among several tools, which only Claude 3 and Nova support', () => {
    let caught: unknown;
    try {
      prepare({
        messages: [{ role: 'user', content: [{ text: 'Go' }] }],
        toolConfig: { tools: [tool('a'), tool('b')], toolChoice: { tool: { name: 'b' } } },
      });
    } catch (error) {
      caught = error;
    }
    expect(InputError.isInstance(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/"b"/);
    expect((caught as Error).message).toMatch(/Anthropic Claude 3 and Amazon Nova/);
  });

  it("passes 'auto' and 'any' through unchanged", () => {
    for (const toolChoice of [{ auto: {} }, { any: {} }]) {
      const body = prepare({ messages: [{ role: 'user', content: [{ text: 'Go' }] }], toolConfig: { tools: [tool('a'), tool('b')], toolChoice } });
      expect(body.toolConfig?.toolChoice).toEqual(toolChoice);
    }
  });
});
