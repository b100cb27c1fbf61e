import type { ConverseRequestBody } from './converse-types';

/**
 * The Converse body with citations asked for on every document block (`citations: { enabled: true }`,
 * the service model's `DocumentBlock.citations`); a `citations` setting already on a block is kept.
 * Returns a new body; the one given is not changed.
 */
export function enableDocumentCitations(body: ConverseRequestBody): ConverseRequestBody {
  return {
    ...body,
    messages: body.messages.map((message) => ({
      ...message,
      content: message.content.map((block) => {
        const document = block.document as Record<string, unknown> | undefined;
        return document && document.citations === undefined ? { ...block, document: { ...document, citations: { enabled: true } } } : block;
      }),
    })),
  };
}
