import { describe, expect, it } from 'vitest';
import type { ConverseRequestBody } from './converse-types';
import { enableDocumentCitations } from './enable-document-citations';

describe('enableDocumentCitations', () => {
  it('asks for citations on document blocks, keeps a setting already there, and leaves the input alone', () => {
    const body: ConverseRequestBody = {
      messages: [
        {
          role: 'user',
          content: [
            { document: { name: 'a', format: 'txt', source: { bytes: 'AA==' } } },
            { document: { name: 'b', format: 'txt', source: { bytes: 'AA==' }, citations: { enabled: false } } },
            { text: 'Summarise.' },
          ],
        },
      ],
      inferenceConfig: { maxTokens: 10 },
    };
    const before = structuredClone(body);
    const next = enableDocumentCitations(body);
    expect(next.messages[0]!.content).toEqual([
      { document: { name: 'a', format: 'txt', source: { bytes: 'AA==' }, citations: { enabled: true } } },
      { document: { name: 'b', format: 'txt', source: { bytes: 'AA==' }, citations: { enabled: false } } },
      { text: 'Summarise.' },
    ]);
    expect(next.inferenceConfig).toEqual({ maxTokens: 10 });
    expect(body).toEqual(before);
  });
});
