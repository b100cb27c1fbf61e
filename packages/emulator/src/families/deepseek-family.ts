import type { Reply, ReplyStopReason } from '../reply';
import { splitEvery } from '../render/render-context';
import { invocationMetrics, missingKeysMessage, type NativeFamily } from './native-family';

const USER = '<\uFF5CUser\uFF5C>';
const ASSISTANT = '<\uFF5CAssistant\uFF5C>';

const STOP_REASONS: Record<ReplyStopReason, string> = {
  end_turn: 'stop',
  tool_use: 'stop',
  max_tokens: 'length',
  stop_sequence: 'stop',
  guardrail_intervened: 'stop',
  content_filtered: 'stop',
};

/**
 * DeepSeek-R1 on InvokeModel: a `prompt` in R1's template (`<｜User｜>…<｜Assistant｜><think>\n`) in,
 * `choices: [{ text, stop_reason }]` out. R1 always reasons: the text is the reasoning, `</think>`,
 * then the answer. Usage is only in the headers and the stream's invocation metrics.
 */
export const deepseekFamily: NativeFamily = {
  name: 'deepseek',
  matches: (id) => id.startsWith('deepseek.'),

  validate(body) {
    const missing = missingKeysMessage(body, ['prompt']);
    if (missing) return missing;
    if (typeof body.prompt !== 'string') return 'Malformed input request: #/prompt: expected type: String, please reformat your input and try again.';
    if (Array.isArray(body.stop) && body.stop.length > 10) return 'Malformed input request: #/stop: expected maximum item count: 10, please reformat your input and try again.';
    return undefined;
  },

  view(body) {
    const prompt = String(body.prompt);
    const at = prompt.lastIndexOf(USER);
    const end = at === -1 ? -1 : prompt.indexOf(ASSISTANT, at);
    return {
      lastUserText: at === -1 ? prompt.trim() : prompt.slice(at + USER.length, end === -1 ? undefined : end),
      tools: [],
      inputText: prompt,
      reasoning: true,
      documents: [],
      citations: false,
      ...(typeof body.max_tokens === 'number' ? { maxTokens: body.max_tokens } : {}),
      ...(Array.isArray(body.stop) ? { stopSequences: body.stop } : {}),
    };
  },

  renderResponse(reply) {
    return { choices: [{ text: outputOf(reply), stop_reason: STOP_REASONS[reply.stopReason] }] };
  },

  renderStream(reply) {
    // Five-character pieces split `</think>` across chunks, as a real stream may.
    const pieces = splitEvery(outputOf(reply), 5);
    return pieces.map((text, index) => {
      const last = index === pieces.length - 1;
      return { choices: [{ text, stop_reason: last ? STOP_REASONS[reply.stopReason] : null }], ...(last ? { 'amazon-bedrock-invocationMetrics': invocationMetrics(reply) } : {}) };
    });
  },
};

/** The reasoning, `</think>`, a blank line, then the answer (R1 was prompted with `<think>\n` already open). */
function outputOf(reply: Reply): string {
  const reasoning = reply.content.map((b) => (b.type === 'reasoning' ? b.text : '')).join('');
  const text = reply.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
  return reasoning === '' ? text : `${reasoning}\n</think>\n\n${text}`;
}
