import {
  completeNativeUsage,
  hasGuardrailIntervened,
  mapConverseStopReason,
  type ModelResponse,
  type NativeResponseContext,
  type Part,
} from '@bedrock-kit/core';
import { splitThinkingTags } from './split-thinking-tags';
import { readNovaUsage } from './read-nova-usage';

type Json = Record<string, any>;

/**
 * Decodes a Nova InvokeModel answer: `output.message.content` (text blocks joined with nothing
 * between them, in wire order; Nova 1's `<thinking>…</thinking>` as reasoning; Nova 2's
 * `reasoningContent`, e.g. `[REDACTED]`, as reasoning without a signature; grounded text from
 * `citationsContent`; `toolUse` as tool calls), `stopReason` (Converse's vocabulary), and `usage`
 * with `cacheReadInputTokenCount` / `cacheWriteInputTokenCount`. A server-side tool use and its
 * result (web grounding) are the service's own steps: they are never tool calls.
 */
export function parseNovaResponse(body: unknown, context: NativeResponseContext): ModelResponse {
  const data = (body ?? {}) as Json;
  const blocks: Json[] = Array.isArray(data.output?.message?.content) ? data.output.message.content : [];
  const content: Part[] = [];
  for (const block of blocks) {
    if (typeof block?.text === 'string') for (const segment of splitThinkingTags(block.text)) append(content, segment.type, segment.text);
    else if (block?.citationsContent) {
      const pieces: Json[] = Array.isArray(block.citationsContent.content) ? block.citationsContent.content : [];
      append(content, 'text', pieces.map((piece) => (typeof piece?.text === 'string' ? piece.text : '')).join(''));
    } else if (block?.reasoningContent) {
      const reasoning = block.reasoningContent;
      if (typeof reasoning.redactedContent === 'string') content.push({ type: 'reasoning', text: '', redacted: reasoning.redactedContent });
      else {
        const { text = '', signature } = reasoning.reasoningText ?? {};
        content.push(typeof signature === 'string' ? { type: 'reasoning', text, signature } : { type: 'reasoning', text });
      }
    } else if (block?.toolUse && block.toolUse.type !== 'server_tool_use') {
      const { toolUseId, name, input } = block.toolUse;
      content.push({ type: 'tool-call', id: String(toolUseId), name: String(name), input: input ?? {} });
    }
  }
  const response: ModelResponse = {
    content,
    finishReason: hasGuardrailIntervened(data) ? 'content-filter' : mapConverseStopReason(data.stopReason),
    usage: completeNativeUsage(context.headers, readNovaUsage(data.usage)),
  };
  if (data['amazon-bedrock-trace'] !== undefined) response.providerMetadata = { trace: data['amazon-bedrock-trace'] };
  return response;
}

/** Text or reasoning extends the part before it when that part is of the same type. */
function append(content: Part[], type: 'text' | 'reasoning', text: string): void {
  if (text === '') return;
  const last = content.at(-1);
  if (last?.type === type && !(last.type === 'reasoning' && (last.signature !== undefined || last.redacted !== undefined))) last.text += text;
  else content.push({ type, text });
}
