import { convertTextToDeltaParts, convertUsageToParts, hasGuardrailIntervened, parseInvocationMetrics, type ModelStreamPart, type NativeStreamParser } from '@bedrock-kit/core';
import { mapMistralStopReason } from './map-mistral-stop-reason';
import { readMistralChatContent } from './read-mistral-chat-content';

/**
 * Parses Mistral InvokeModelWithResponseStream chunks of either body: text completion
 * `{ outputs: [{ text, stop_reason }] }` or chat completion `{ choices: [{ message | delta, stop_reason }] }`
 * (content, Magistral thinking chunks, `tool_calls` by index, whole or in pieces). The last chunk
 * carries `stop_reason` and `amazon-bedrock-invocationMetrics` together: both are kept.
 */
export function createMistralStreamParser(): NativeStreamParser {
  const toolCallIds = new Map<number, string>();
  let finished = false;
  return {
    parse(chunk) {
      const data = chunk as Record<string, any> | null;
      const parts: ModelStreamPart[] = [];
      const output = data?.outputs?.[0];
      const choice = data?.choices?.[0];
      let stopReason: unknown = output?.stop_reason;
      if (output) parts.push(...convertTextToDeltaParts(output.text));
      if (choice) {
        const delta = choice.delta ?? choice.message ?? {};
        const { reasoning, text } = readMistralChatContent(delta.content);
        if (reasoning) parts.push({ type: 'reasoning-delta', text: reasoning });
        parts.push(...convertTextToDeltaParts(text));
        const calls: Record<string, any>[] = Array.isArray(delta.tool_calls) ? delta.tool_calls : [];
        calls.forEach((call, position) => {
          const index = typeof call?.index === 'number' ? call.index : position;
          let id = toolCallIds.get(index);
          if (id === undefined) {
            id = typeof call?.id === 'string' && call.id !== '' ? call.id : `call_${index}`;
            toolCallIds.set(index, id);
            parts.push({ type: 'tool-call-start', id, name: String(call?.function?.name ?? '') });
          }
          const args = call?.function?.arguments;
          if (typeof args === 'string' && args !== '') parts.push({ type: 'tool-call-delta', id, inputDelta: args });
          else if (typeof args === 'object' && args !== null) parts.push({ type: 'tool-call-delta', id, inputDelta: JSON.stringify(args) });
        });
        stopReason = choice.stop_reason ?? choice.finish_reason;
      }
      const intervened = hasGuardrailIntervened(chunk);
      if (!finished && ((typeof stopReason === 'string' && stopReason !== '') || intervened)) {
        finished = true;
        parts.push({ type: 'finish', finishReason: intervened ? 'content-filter' : mapMistralStopReason(stopReason) });
      }
      parts.push(...convertUsageToParts(parseInvocationMetrics(chunk)));
      return parts;
    },
  };
}
