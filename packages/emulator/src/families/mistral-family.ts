import type { ConversationView } from '../conversation/conversation-view';
import type { Reply, ReplyStopReason } from '../reply';
import { splitText, toolId, type RenderContext } from '../render/render-context';
import { invocationMetrics, type NativeFamily } from './native-family';
import { resolveBaseModelId } from './resolve-model';

type Json = Record<string, any>;

/** Models that take the text-completion body (`prompt` → `outputs`); every other Mistral model takes the chat body. */
const TEXT_BODY = /^mistral\.(mistral-7b-instruct|mixtral-8x7b-instruct|mistral-small-2402|mistral-large-2402)/;
const INSTRUCTION = /\[INST\]\s*([\s\S]*?)\s*\[\/INST\]/g;

const STOP_REASONS: Record<ReplyStopReason, string> = {
  end_turn: 'stop',
  tool_use: 'tool_calls',
  max_tokens: 'length',
  stop_sequence: 'stop',
  guardrail_intervened: 'stop',
  content_filtered: 'stop',
};

/** Whether a Mistral model ID takes the text-completion body. */
export function isMistralTextModel(modelId: string): boolean {
  return TEXT_BODY.test(resolveBaseModelId(modelId) ?? modelId);
}

/**
 * Mistral on InvokeModel: the text-completion body (`prompt` with `[INST]` turns → `outputs: [{ text, stop_reason }]`)
 * or the chat body (`messages`, `tools`, `tool_choice` → `choices: [{ message, stop_reason }]`), by model.
 * Usage is only in the headers and the stream's invocation metrics, as the service sends it.
 */
export const mistralFamily: NativeFamily = {
  name: 'mistral',
  matches: (id) => id.startsWith('mistral.'),

  validate(body) {
    if (typeof body.prompt === 'string' || Array.isArray(body.messages)) return undefined;
    return 'Malformed input request: #: required key [prompt] or [messages] not found, please reformat your input and try again.';
  },

  view(body) {
    if (typeof body.prompt === 'string') {
      const turns = [...body.prompt.matchAll(INSTRUCTION)].map((m) => m[1]!);
      return {
        lastUserText: turns.at(-1) ?? body.prompt,
        tools: [],
        inputText: body.prompt,
        reasoning: false,
        documents: [],
        citations: false,
        ...(typeof body.max_tokens === 'number' ? { maxTokens: body.max_tokens } : {}),
        ...(Array.isArray(body.stop) ? { stopSequences: body.stop } : {}),
      };
    }
    const messages: Json[] = body.messages;
    const textOf = (m: Json | undefined): string =>
      typeof m?.content === 'string' ? m.content : Array.isArray(m?.content) ? m!.content.filter((p: Json) => p?.type === 'text').map((p: Json) => p.text).join(' ') : '';
    const trailing: Json[] = [];
    for (let i = messages.length - 1; i >= 0 && messages[i]?.role === 'tool'; i--) trailing.unshift(messages[i]!);
    const tools: Json[] = Array.isArray(body.tools) ? body.tools : [];
    const view: ConversationView = {
      lastUserText: textOf([...messages].reverse().find((m) => m?.role === 'user')),
      tools: tools.filter((t) => t?.function?.name).map((t) => ({ name: String(t.function.name), schema: t.function.parameters })),
      inputText: JSON.stringify([messages, tools]),
      reasoning: false,
      documents: [],
      citations: false,
      ...(typeof body.max_tokens === 'number' ? { maxTokens: body.max_tokens } : {}),
    };
    if (trailing.length > 0) view.toolResults = trailing.map((m) => tryJson(textOf(m)));
    if (body.tool_choice === 'none') view.toolChoiceNone = true;
    if (body.tool_choice === 'any') view.forcedTool = view.tools[0]?.name;
    return view;
  },

  renderResponse(reply, context) {
    if (isMistralTextModel(context.modelId)) return { outputs: [{ text: textOf(reply), stop_reason: STOP_REASONS[reply.stopReason] }] };
    const calls = toolCallsOf(reply, context);
    return {
      id: completionId(context),
      object: 'chat.completion',
      model: context.modelId,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: textOf(reply), ...(calls.length > 0 ? { tool_calls: calls } : {}) },
          stop_reason: STOP_REASONS[reply.stopReason],
        },
      ],
    };
  },

  renderStream(reply, context) {
    const pieces = splitText(textOf(reply));
    const metrics = { 'amazon-bedrock-invocationMetrics': invocationMetrics(reply) };
    if (isMistralTextModel(context.modelId)) {
      // The last chunk holds the last piece, the stop reason and the metrics together.
      return pieces.map((text, index) => {
        const last = index === pieces.length - 1;
        return { outputs: [{ text, stop_reason: last ? STOP_REASONS[reply.stopReason] : null }], ...(last ? metrics : {}) };
      });
    }
    const base = { id: completionId(context), object: 'chat.completion.chunk', model: context.modelId };
    const chunk = (message: Json, stop: string | null = null) => ({ ...base, choices: [{ index: 0, message, stop_reason: stop }] });
    const chunks: Json[] = textOf(reply) === '' ? [] : pieces.map((content) => chunk({ role: 'assistant', content }));
    // Mistral sends each tool call whole, in one chunk.
    toolCallsOf(reply, context).forEach((call, index) => chunks.push(chunk({ role: 'assistant', content: '', tool_calls: [{ index, ...call }] })));
    chunks.push({ ...chunk({ role: 'assistant', content: '' }, STOP_REASONS[reply.stopReason]), ...metrics });
    return chunks;
  },
};

function textOf(reply: Reply): string {
  return reply.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
}

function toolCallsOf(reply: Reply, context: RenderContext) {
  return reply.content.flatMap((b, index) =>
    b.type === 'tool-use' ? [{ id: b.id ?? toolId('', context, index).replace(/^0*/, 'M'), function: { name: b.name, arguments: JSON.stringify(b.input) } }] : [],
  );
}

function completionId(context: RenderContext): string {
  return `emulator-mistral-${String(context.requestNumber).padStart(8, '0')}`;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
