import { viewConverseRequest } from '../conversation/view-converse-request';
import type { Reply } from '../reply';
import { splitText, toolId, type RenderContext } from '../render/render-context';
import { invocationMetrics, missingKeysMessage, type NativeFamily } from './native-family';
import { isAmazonEmbeddingModel } from './titan-embeddings';

type Json = Record<string, any>;

/**
 * Amazon Nova's `messages-v1` body: the Converse shapes with base64 bytes, `inferenceConfig`
 * (`maxTokens`, or the older `max_new_tokens`), `toolConfig`, Nova 2's top-level `reasoningConfig`.
 * Answers carry `output.message.content`, `stopReason` and `usage` with the cache counts; a stream
 * opens one block per text delta, as Nova does. Embedding models (Titan, Nova embeddings) are
 * answered by `amazonEmbeddingFamily` (titan-embeddings.ts).
 */
export const amazonNovaFamily: NativeFamily = {
  name: 'amazon',
  matches: (id) => id.startsWith('amazon.nova-') && !isAmazonEmbeddingModel(id),

  validate(body) {
    return missingKeysMessage(body, ['messages']);
  },

  view(body) {
    const view = viewConverseRequest(body);
    const inference: Json = body.inferenceConfig ?? {};
    const maxTokens = inference.maxTokens ?? inference.max_new_tokens;
    if (typeof maxTokens === 'number') view.maxTokens = maxTokens;
    if (Array.isArray(inference.stopSequences)) view.stopSequences = inference.stopSequences;
    view.reasoning = body.reasoningConfig?.type === 'enabled';
    return view;
  },

  renderResponse(reply, context) {
    return {
      output: { message: { role: 'assistant', content: blocksOf(reply, context) } },
      stopReason: reply.stopReason,
      usage: usageOf(reply),
    };
  },

  renderStream(reply, context) {
    const chunks: Json[] = [{ messageStart: { role: 'assistant' } }];
    let index = 0;
    for (const block of blocksOf(reply, context)) {
      if (typeof block.text === 'string') {
        // One block per delta, as Nova streams text.
        for (const text of splitText(block.text)) {
          chunks.push({ contentBlockDelta: { delta: { text }, contentBlockIndex: index } }, { contentBlockStop: { contentBlockIndex: index } });
          index++;
        }
      } else if (block.reasoningContent) {
        chunks.push(
          { contentBlockDelta: { delta: { reasoningContent: { text: block.reasoningContent.reasoningText.text } }, contentBlockIndex: index } },
          { contentBlockStop: { contentBlockIndex: index } },
        );
        index++;
      } else if (block.toolUse) {
        const { toolUseId, name, input } = block.toolUse;
        chunks.push(
          { contentBlockStart: { start: { toolUse: { toolUseId, name } }, contentBlockIndex: index } },
          { contentBlockDelta: { delta: { toolUse: { input: JSON.stringify(input) } }, contentBlockIndex: index } },
          { contentBlockStop: { contentBlockIndex: index } },
        );
        index++;
      }
    }
    chunks.push({ messageStop: { stopReason: reply.stopReason } });
    chunks.push({ metadata: { usage: usageOf(reply), metrics: {}, trace: {} }, 'amazon-bedrock-invocationMetrics': invocationMetrics(reply) });
    return chunks;
  },
};

function blocksOf(reply: Reply, context: RenderContext): Json[] {
  return reply.content.flatMap((block, index): Json[] => {
    if (block.type === 'text') return [{ text: block.text }];
    if (block.type === 'reasoning') return [{ reasoningContent: { reasoningText: { text: block.text } } }];
    if (block.type === 'tool-use') return [{ toolUse: { toolUseId: block.id ?? toolId('tooluse_', context, index), name: block.name, input: block.input } }];
    return [];
  });
}

function usageOf(reply: Reply): Json {
  const { inputTokens, outputTokens, cacheReadInputTokens, cacheWriteInputTokens } = reply.usage;
  return {
    inputTokens,
    outputTokens,
    totalTokens: inputTokens + outputTokens + (cacheReadInputTokens ?? 0) + (cacheWriteInputTokens ?? 0),
    ...(cacheReadInputTokens !== undefined ? { cacheReadInputTokenCount: cacheReadInputTokens } : {}),
    ...(cacheWriteInputTokens !== undefined ? { cacheWriteInputTokenCount: cacheWriteInputTokens } : {}),
  };
}
