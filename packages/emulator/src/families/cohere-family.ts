import type { ConversationView } from '../conversation/conversation-view';
import type { Reply, ReplyBlock, ReplyStopReason } from '../reply';
import { splitEvery, splitText, type RenderContext } from '../render/render-context';
import { invocationMetrics, missingKeysMessage, type NativeFamily } from './native-family';

type Json = Record<string, any>;

const FINISH_REASONS: Record<ReplyStopReason, string> = {
  end_turn: 'COMPLETE',
  tool_use: 'COMPLETE',
  max_tokens: 'MAX_TOKENS',
  stop_sequence: 'COMPLETE',
  guardrail_intervened: 'COMPLETE',
  content_filtered: 'ERROR_TOXIC',
};

const PARAMETER_TYPES: Record<string, string> = { str: 'string', int: 'integer', float: 'number', bool: 'boolean', dict: 'object' };

/**
 * Cohere Command R / R+ chat body (`message`, `chat_history`, `documents`,
 * `tools`, `tool_results`). Usage is only in the `X-Amzn-Bedrock-*-Token-Count`
 * headers, as the real service sends it.
 */
export const cohereFamily: NativeFamily = {
  name: 'cohere',
  matches: (id) => id.startsWith('cohere.command-r'),

  validate(body) {
    return missingKeysMessage(body, ['message']);
  },

  view(body) {
    const tools: Json[] = Array.isArray(body.tools) ? body.tools : [];
    const documents: Json[] = Array.isArray(body.documents) ? body.documents : [];
    const results: Json[] = Array.isArray(body.tool_results) ? body.tool_results : [];
    const view: ConversationView = {
      lastUserText: String(body.message ?? ''),
      tools: tools.filter((t) => t?.name).map((t) => ({ name: String(t.name), schema: schemaOf(t.parameter_definitions ?? {}) })),
      inputText: JSON.stringify([body.preamble ?? '', body.chat_history ?? [], body.message, documents, tools, results]),
      reasoning: false,
      documents: documents.map((d) => ({ name: d.title, text: String(d.snippet ?? d.text ?? '') })),
      citations: true,
      ...(typeof body.max_tokens === 'number' ? { maxTokens: body.max_tokens } : {}),
      ...(Array.isArray(body.stop_sequences) ? { stopSequences: body.stop_sequences } : {}),
    };
    if (results.length > 0) {
      view.toolResults = results.map((r) => (Array.isArray(r.outputs) && r.outputs.length === 1 ? r.outputs[0] : r.outputs));
    }
    return view;
  },

  renderResponse(reply, context) {
    const text = textOf(reply);
    const toolCalls = toolCallsOf(reply);
    const citations = citationsOf(reply, text);
    return {
      response_id: `emulator-response-${context.requestNumber}`,
      text,
      generation_id: generationId(context),
      chat_history: [{ role: 'CHATBOT', message: text }],
      finish_reason: FINISH_REASONS[reply.stopReason],
      ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
      ...(citations.length > 0 ? { citations } : {}),
    };
  },

  renderStream(reply, context) {
    const chunks: Json[] = [{ is_finished: false, event_type: 'stream-start', generation_id: generationId(context) }];
    const text = textOf(reply);
    if (text !== '') for (const piece of splitText(text)) chunks.push({ is_finished: false, event_type: 'text-generation', text: piece });
    const citations = citationsOf(reply, text);
    if (citations.length > 0) chunks.push({ is_finished: false, event_type: 'citation-generation', citations });
    const toolCalls = toolCallsOf(reply);
    toolCalls.forEach((call, index) => {
      chunks.push({ is_finished: false, event_type: 'tool-calls-chunk', tool_call_delta: { index, name: call.name } });
      for (const parameters of splitEvery(JSON.stringify(call.parameters), 12)) {
        chunks.push({ is_finished: false, event_type: 'tool-calls-chunk', tool_call_delta: { index, parameters } });
      }
    });
    if (toolCalls.length > 0) chunks.push({ is_finished: false, event_type: 'tool-calls-generation', tool_calls: toolCalls });
    chunks.push({
      is_finished: true,
      event_type: 'stream-end',
      finish_reason: FINISH_REASONS[reply.stopReason],
      response: cohereFamily.renderResponse(reply, context),
      'amazon-bedrock-invocationMetrics': invocationMetrics(reply),
    });
    return chunks;
  },
};

function textOf(reply: Reply): string {
  return reply.content.filter((b): b is Extract<ReplyBlock, { type: 'text' }> => b.type === 'text').map((b) => b.text).join('');
}

function toolCallsOf(reply: Reply): { name: string; parameters: unknown }[] {
  return reply.content.flatMap((b) => (b.type === 'tool-use' ? [{ name: b.name, parameters: b.input }] : []));
}

/** Command R cites spans of its own answer, naming the documents (`doc_0`, …). */
function citationsOf(reply: Reply, text: string): Json[] {
  return reply.content.flatMap((b) =>
    b.type === 'text'
      ? (b.citations ?? []).map((c) => {
          const end = Math.min(text.length, c.citedText.length);
          return { start: 0, end, text: text.slice(0, end), document_ids: [`doc_${c.documentIndex ?? 0}`] };
        })
      : [],
  );
}

function schemaOf(definitions: Record<string, Json>): Json {
  const properties: Json = {};
  const required: string[] = [];
  for (const [name, definition] of Object.entries(definitions)) {
    const type = String(definition?.type ?? 'str');
    properties[name] = { type: PARAMETER_TYPES[type] ?? (/^list|^List/.test(type) ? 'array' : 'string') };
    if (definition?.required) required.push(name);
  }
  return { type: 'object', properties, required };
}

function generationId(context: RenderContext): string {
  return `emulator-generation-${String(context.requestNumber).padStart(6, '0')}`;
}
