import type { Reply } from '../reply';
import { splitText } from '../render/render-context';
import { invocationMetrics, missingKeysMessage, type NativeFamily } from './native-family';

const USER_TURN = /<\|start_header_id\|>user<\|end_header_id\|>\s*([\s\S]*?)<\|eot_id\|>/g;

/** Meta Llama: a `prompt` (the chat template) in, `generation` and token counts out. */
export const llamaFamily: NativeFamily = {
  name: 'meta',
  matches: (id) => id.startsWith('meta.llama'),
  // Llama 3.1+ and 4 are served only through inference profiles.
  profileOnly: (id) => /^meta\.(llama3-[123]-|llama4-)/.test(id),

  validate(body) {
    const missing = missingKeysMessage(body, ['prompt']);
    if (missing) return missing;
    if (typeof body.prompt !== 'string') return 'Malformed input request: #/prompt: expected type: String, please reformat your input and try again.';
    return undefined;
  },

  view(body) {
    const prompt = String(body.prompt);
    const turns = [...prompt.matchAll(USER_TURN)].map((m) => m[1]!.trim());
    return {
      lastUserText: turns.length > 0 ? turns[turns.length - 1]! : prompt.trim(),
      tools: [],
      inputText: prompt,
      reasoning: false,
      documents: [],
      citations: false,
      ...(typeof body.max_gen_len === 'number' ? { maxTokens: body.max_gen_len } : {}),
    };
  },

  renderResponse(reply) {
    return {
      generation: textOf(reply),
      prompt_token_count: reply.usage.inputTokens,
      generation_token_count: reply.usage.outputTokens,
      stop_reason: stopReason(reply),
    };
  },

  renderStream(reply) {
    const pieces = splitText(textOf(reply));
    // The last chunk holds the last piece, the stop reason and the metrics together.
    return pieces.map((generation, index) => {
      const last = index === pieces.length - 1;
      return {
        generation,
        prompt_token_count: index === 0 ? reply.usage.inputTokens : null,
        generation_token_count: last ? reply.usage.outputTokens : index + 1,
        stop_reason: last ? stopReason(reply) : null,
        ...(last ? { 'amazon-bedrock-invocationMetrics': invocationMetrics(reply) } : {}),
      };
    });
  },
};

function textOf(reply: Reply): string {
  return reply.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
}

function stopReason(reply: Reply): string {
  return reply.stopReason === 'max_tokens' ? 'length' : 'stop';
}
