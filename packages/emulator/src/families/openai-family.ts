import type { ConversationView } from '../conversation/conversation-view';
import type { Reply, ReplyStopReason } from '../reply';
import { splitEvery, toolId, type RenderContext } from '../render/render-context';
import { invocationMetrics, missingKeysMessage, type NativeFamily } from './native-family';

type Json = Record<string, any>;

const FINISH_REASONS: Record<ReplyStopReason, string> = {
  end_turn: 'stop',
  tool_use: 'tool_calls',
  max_tokens: 'length',
  stop_sequence: 'stop',
  guardrail_intervened: 'content_filter',
  content_filtered: 'content_filter',
};

/**
 * gpt-oss chat-completions body. The model always reasons; its reasoning
 * comes inside the content as `<reasoning>…</reasoning>`, which a stream
 * splits across chunks.
 */
export const openaiFamily: NativeFamily = {
  name: 'openai',
  matches: (id) => id.startsWith('openai.gpt-oss'),
  alwaysReasons: true,
  refusesToolsWhileStreaming: true,
  unsignedReasoning: true,

  validate(body) {
    return missingKeysMessage(body, ['messages']);
  },

  view(body) {
    const messages: Json[] = Array.isArray(body.messages) ? body.messages : [];
    const textOf = (m: Json | undefined) =>
      typeof m?.content === 'string'
        ? m.content
        : Array.isArray(m?.content)
          ? m!.content.filter((p: Json) => p?.type === 'text').map((p: Json) => p.text).join(' ')
          : '';
    const trailingTools: Json[] = [];
    for (let i = messages.length - 1; i >= 0 && messages[i]?.role === 'tool'; i--) trailingTools.unshift(messages[i]!);
    const tools: Json[] = Array.isArray(body.tools) ? body.tools : [];
    const choice = body.tool_choice;
    const view: ConversationView = {
      lastUserText: textOf([...messages].reverse().find((m) => m?.role === 'user')),
      tools: tools.filter((t) => t?.function?.name).map((t) => ({ name: String(t.function.name), schema: t.function.parameters })),
      inputText: JSON.stringify([messages, tools]),
      reasoning: true,
      documents: [],
      citations: false,
    };
    if (trailingTools.length > 0) view.toolResults = trailingTools.map((m) => tryJson(textOf(m)));
    if (choice === 'none') view.toolChoiceNone = true;
    if (choice === 'required') view.forcedTool = view.tools[0]?.name;
    if (choice?.function?.name) view.forcedTool = String(choice.function.name);
    const maxTokens = body.max_completion_tokens ?? body.max_tokens;
    if (typeof maxTokens === 'number') view.maxTokens = maxTokens;
    if (body.stop !== undefined) view.stopSequences = Array.isArray(body.stop) ? body.stop : [body.stop];
    return view;
  },

  renderResponse(reply, context) {
    const content = contentOf(reply);
    const toolCalls = toolCallsOf(reply, context);
    return {
      id: completionId(context),
      object: 'chat.completion',
      created: Math.floor(context.now / 1000),
      model: context.modelId,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: content === '' ? null : content, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) },
          finish_reason: FINISH_REASONS[reply.stopReason],
        },
      ],
      usage: {
        prompt_tokens: reply.usage.inputTokens,
        completion_tokens: reply.usage.outputTokens,
        total_tokens: reply.usage.inputTokens + reply.usage.outputTokens,
      },
    };
  },

  renderStream(reply, context) {
    const base = { id: completionId(context), object: 'chat.completion.chunk', created: Math.floor(context.now / 1000), model: context.modelId };
    const chunk = (delta: Json, finish: string | null = null) => ({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] });
    const chunks: Json[] = [chunk({ role: 'assistant', content: '' })];
    // Seven-character pieces split the <reasoning> tags across chunks, as the real stream does.
    const content = contentOf(reply);
    if (content !== '') for (const piece of splitEvery(content, 7)) chunks.push(chunk({ content: piece }));
    toolCallsOf(reply, context).forEach((call, index) => {
      chunks.push(chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }] }));
      for (const args of splitEvery(call.function.arguments, 12)) chunks.push(chunk({ tool_calls: [{ index, function: { arguments: args } }] }));
    });
    chunks.push({ ...chunk({}, FINISH_REASONS[reply.stopReason]), 'amazon-bedrock-invocationMetrics': invocationMetrics(reply) });
    return chunks;
  },
};

function contentOf(reply: Reply): string {
  return reply.content
    .map((b) => (b.type === 'reasoning' ? `<reasoning>${b.text}</reasoning>` : b.type === 'text' ? b.text : ''))
    .join('');
}

function toolCallsOf(reply: Reply, context: RenderContext) {
  return reply.content.flatMap((b, index) =>
    b.type === 'tool-use'
      ? [{ id: b.id ?? toolId('call_', context, index), type: 'function', function: { name: b.name, arguments: JSON.stringify(b.input) } }]
      : [],
  );
}

function completionId(context: RenderContext): string {
  return `chatcmpl-emulator${String(context.requestNumber).padStart(8, '0')}`;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
