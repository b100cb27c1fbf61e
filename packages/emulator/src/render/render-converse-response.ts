import type { Reply, ReplyBlock, ReplyCitation } from '../reply';
import { toolId, type RenderContext } from './render-context';
import { metadataMembers, type ResponseExtras } from './response-extras';

/** The Converse `TokenUsage` of a reply (`totalTokens` includes the cache tokens, as the service counts it). */
export function converseUsage(reply: Reply): Record<string, number> {
  const { inputTokens, outputTokens, cacheReadInputTokens, cacheWriteInputTokens } = reply.usage;
  return {
    ...(cacheReadInputTokens !== undefined ? { cacheReadInputTokens } : {}),
    ...(cacheWriteInputTokens !== undefined ? { cacheWriteInputTokens } : {}),
    inputTokens,
    outputTokens,
    totalTokens: inputTokens + outputTokens + (cacheReadInputTokens ?? 0) + (cacheWriteInputTokens ?? 0),
  };
}

/** A `Citation` of the service model (document character location). */
export function converseCitation(citation: ReplyCitation): Record<string, unknown> {
  return {
    location: {
      documentChar: {
        documentIndex: citation.documentIndex ?? 0,
        end: citation.end ?? citation.citedText.length,
        start: citation.start ?? 0,
      },
    },
    sourceContent: [{ text: citation.citedText }],
    ...(citation.title !== undefined ? { title: citation.title } : {}),
  };
}

/** The Converse JSON answer: `output.message`, `stopReason`, `usage`, `metrics`, and the round-two members of `extras`. */
export function renderConverseResponse(reply: Reply, context: RenderContext, extras?: ResponseExtras): Record<string, unknown> {
  return {
    ...(extras?.additionalModelResponseFields ? { additionalModelResponseFields: extras.additionalModelResponseFields } : {}),
    ...metadataMembers(extras),
    metrics: { latencyMs: reply.latencyMs },
    output: { message: { content: reply.content.map((b, i) => converseBlock(b, i, context)), role: 'assistant' } },
    stopReason: reply.stopReason,
    usage: converseUsage(reply),
  };
}

function converseBlock(block: ReplyBlock, index: number, context: RenderContext): Record<string, unknown> {
  switch (block.type) {
    case 'text':
      return block.citations?.length
        ? { citationsContent: { citations: block.citations.map(converseCitation), content: [{ text: block.text }] } }
        : { text: block.text };
    case 'tool-use':
      return { toolUse: { input: block.input, name: block.name, toolUseId: block.id ?? toolId('tooluse_', context, index) } };
    case 'reasoning':
      return {
        reasoningContent: { reasoningText: { ...(block.signature !== undefined ? { signature: block.signature } : {}), text: block.text } },
      };
    case 'redacted-reasoning':
      return { reasoningContent: { redactedContent: block.data } };
  }
}
