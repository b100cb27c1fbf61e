import type { ConversationView } from '../conversation/conversation-view';
import type { Reply, ReplyBlock, ReplyStopReason } from '../reply';
import { splitEvery, splitText, toolId, type RenderContext } from '../render/render-context';
import { invocationMetrics, missingKeysMessage, type NativeFamily } from './native-family';
import { resolveBaseModelId } from './resolve-model';

type Json = Record<string, any>;

const STOP_REASONS: Record<ReplyStopReason, string> = {
  end_turn: 'end_turn',
  tool_use: 'tool_use',
  max_tokens: 'max_tokens',
  stop_sequence: 'stop_sequence',
  guardrail_intervened: 'end_turn',
  content_filtered: 'refusal',
};

/** Claude's native Messages body on Bedrock (`anthropic_version: bedrock-2023-05-31`). */
export const anthropicFamily: NativeFamily = {
  name: 'anthropic',
  matches: (id) => id.startsWith('anthropic.'),

  validate(body) {
    const missing = missingKeysMessage(body, ['anthropic_version', 'max_tokens', 'messages']);
    if (missing) return missing;
    if (body.anthropic_version !== 'bedrock-2023-05-31') {
      return `Malformed input request: #/anthropic_version: ${String(body.anthropic_version)} is not a valid enum value, please reformat your input and try again.`;
    }
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      return 'Malformed input request: #/messages: expected minimum item count: 1, found: 0, please reformat your input and try again.';
    }
    return validateOutputConfig(body.output_config);
  },

  view(body) {
    const messages: Json[] = body.messages;
    const blocksOf = (m: Json | undefined): Json[] =>
      typeof m?.content === 'string' ? [{ type: 'text', text: m.content }] : Array.isArray(m?.content) ? m!.content : [];
    const last = messages[messages.length - 1];
    const lastUser = [...messages].reverse().find((m) => m?.role === 'user');
    const results = last?.role === 'user' ? blocksOf(last).filter((b) => b?.type === 'tool_result') : [];
    const tools: Json[] = Array.isArray(body.tools) ? body.tools : [];
    const system: Json[] = typeof body.system === 'string' ? [{ type: 'text', text: body.system }] : (body.system ?? []);
    const choice = body.tool_choice as Json | undefined;
    const documents = messages.flatMap(blocksOf).filter((b) => b?.type === 'document');
    // The block carrying cache_control ends the cached prefix (inclusive); order: tools, system, messages.
    const ordered: Json[] = [...tools, ...system, ...messages.flatMap(blocksOf)];
    const lastCache = ordered.map((b) => Boolean(b?.cache_control)).lastIndexOf(true);
    const view: ConversationView = {
      lastUserText: blocksOf(lastUser).filter((b) => b?.type === 'text').map((b) => b.text).join(' '),
      tools: tools.filter((t) => t?.name).map((t) => ({ name: String(t.name), schema: t.input_schema })),
      inputText: JSON.stringify([body.system ?? '', messages, tools]),
      reasoning: body.thinking?.type === 'enabled' || body.thinking?.type === 'adaptive',
      documents: documents.map((d) => ({ name: d.title, text: documentText(d) })),
      citations: documents.some((d) => d.citations?.enabled),
      maxTokens: body.max_tokens,
      // Structured output (`output_config.format`): the answer text is JSON that fits the schema.
      ...(isObject(body.output_config?.format?.schema) ? { jsonSchema: body.output_config.format.schema } : {}),
      ...(Array.isArray(body.stop_sequences) ? { stopSequences: body.stop_sequences } : {}),
    };
    if (results.length > 0) view.toolResults = results.map((r) => resultValue(r.content));
    if (choice?.type === 'tool') view.forcedTool = String(choice.name);
    if (choice?.type === 'any') view.forcedTool = view.tools[0]?.name;
    if (choice?.type === 'none') view.toolChoiceNone = true;
    if (lastCache >= 0) view.cachePrefix = JSON.stringify(ordered.slice(0, lastCache + 1));
    return view;
  },

  renderResponse(reply, context) {
    return {
      id: messageId(context),
      type: 'message',
      role: 'assistant',
      model: modelName(context.modelId),
      content: reply.content.map((block, index) => anthropicBlock(block, index, context)),
      stop_reason: STOP_REASONS[reply.stopReason],
      stop_sequence: reply.stopSequence ?? null,
      usage: usageOf(reply, reply.usage.outputTokens),
    };
  },

  renderStream(reply, context) {
    const chunks: Json[] = [
      {
        type: 'message_start',
        message: {
          id: messageId(context),
          type: 'message',
          role: 'assistant',
          model: modelName(context.modelId),
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: usageOf(reply, 1),
        },
      },
    ];
    reply.content.forEach((block, index) => {
      const delta = (value: Json) => chunks.push({ type: 'content_block_delta', index, delta: value });
      switch (block.type) {
        case 'text':
          chunks.push({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
          for (const text of splitText(block.text)) delta({ type: 'text_delta', text });
          for (const citation of citationsOf(block)) delta({ type: 'citations_delta', citation });
          break;
        case 'tool-use':
          chunks.push({
            type: 'content_block_start',
            index,
            content_block: { type: 'tool_use', id: block.id ?? toolId('toolu_bdrk_', context, index), name: block.name, input: {} },
          });
          for (const partial_json of splitEvery(JSON.stringify(block.input), 12)) delta({ type: 'input_json_delta', partial_json });
          break;
        case 'reasoning':
          chunks.push({ type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } });
          for (const thinking of splitText(block.text)) delta({ type: 'thinking_delta', thinking });
          if (block.signature !== undefined) delta({ type: 'signature_delta', signature: block.signature });
          break;
        case 'redacted-reasoning':
          chunks.push({ type: 'content_block_start', index, content_block: { type: 'redacted_thinking', data: block.data } });
          break;
      }
      chunks.push({ type: 'content_block_stop', index });
    });
    chunks.push({
      type: 'message_delta',
      delta: { stop_reason: STOP_REASONS[reply.stopReason], stop_sequence: reply.stopSequence ?? null },
      usage: { output_tokens: reply.usage.outputTokens },
    });
    chunks.push({ type: 'message_stop', 'amazon-bedrock-invocationMetrics': invocationMetrics(reply) });
    return chunks;
  },
};

const EFFORTS = ['low', 'medium', 'high', 'xhigh', 'max'];

/**
 * `output_config` of the Messages body: `effort` and the structured-output `format`
 * (`{ type: 'json_schema', schema }`, the schema a JSON object, not a string as on Converse;
 * https://docs.aws.amazon.com/bedrock/latest/userguide/structured-output.html). Returns the
 * service's message for a bad shape, else undefined.
 */
function validateOutputConfig(config: unknown): string | undefined {
  const malformed = (path: string, problem: string) => `Malformed input request: #/output_config${path}: ${problem}, please reformat your input and try again.`;
  if (config === undefined) return undefined;
  if (!isObject(config)) return malformed('', `expected type: JSONObject, found: ${jsonType(config)}`);
  const extra = Object.keys(config).find((key) => key !== 'effort' && key !== 'format');
  if (extra) return malformed('', `extraneous key [${extra}] is not permitted`);
  if (config.effort !== undefined && !EFFORTS.includes(config.effort as string)) return malformed('/effort', `${String(config.effort)} is not a valid enum value`);
  const format = config.format;
  if (format === undefined) return undefined;
  if (!isObject(format)) return malformed('/format', `expected type: JSONObject, found: ${jsonType(format)}`);
  if (format.type === undefined) return malformed('/format', 'required key [type] not found');
  if (format.type !== 'json_schema') return malformed('/format/type', `${String(format.type)} is not a valid enum value`);
  if (format.schema === undefined) return malformed('/format', 'required key [schema] not found');
  if (!isObject(format.schema)) return malformed('/format/schema', `expected type: JSONObject, found: ${jsonType(format.schema)}`);
  const unknown = Object.keys(format).find((key) => key !== 'type' && key !== 'schema');
  if (unknown) return malformed('/format', `extraneous key [${unknown}] is not permitted`);
  return undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How the service's validator names a JSON value's type. */
function jsonType(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'JSONArray';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return value % 1 === 0 ? 'Integer' : 'BigDecimal';
  if (typeof value === 'boolean') return 'Boolean';
  return 'JSONObject';
}

function anthropicBlock(block: ReplyBlock, index: number, context: RenderContext): Json {
  switch (block.type) {
    case 'text': {
      const citations = citationsOf(block);
      return citations.length > 0 ? { type: 'text', text: block.text, citations } : { type: 'text', text: block.text };
    }
    case 'tool-use':
      return { type: 'tool_use', id: block.id ?? toolId('toolu_bdrk_', context, index), name: block.name, input: block.input };
    case 'reasoning':
      return { type: 'thinking', thinking: block.text, ...(block.signature !== undefined ? { signature: block.signature } : {}) };
    case 'redacted-reasoning':
      return { type: 'redacted_thinking', data: block.data };
  }
}

function citationsOf(block: ReplyBlock): Json[] {
  if (block.type !== 'text') return [];
  return (block.citations ?? []).map((c) => ({
    type: 'char_location',
    cited_text: c.citedText,
    document_index: c.documentIndex ?? 0,
    document_title: c.title ?? null,
    start_char_index: c.start ?? 0,
    end_char_index: c.end ?? c.citedText.length,
  }));
}

function usageOf(reply: Reply, outputTokens: number): Json {
  const { inputTokens, cacheReadInputTokens, cacheWriteInputTokens } = reply.usage;
  return {
    input_tokens: inputTokens,
    ...(cacheWriteInputTokens !== undefined ? { cache_creation_input_tokens: cacheWriteInputTokens } : {}),
    ...(cacheReadInputTokens !== undefined ? { cache_read_input_tokens: cacheReadInputTokens } : {}),
    output_tokens: outputTokens,
  };
}

function messageId(context: RenderContext): string {
  return `msg_bdrk_emulator${String(context.requestNumber).padStart(8, '0')}`;
}

/** `anthropic.claude-3-sonnet-20240229-v1:0` → `claude-3-sonnet-20240229`, as the service reports it. */
function modelName(modelId: string): string {
  const base = resolveBaseModelId(modelId) ?? modelId;
  return base.replace(/^anthropic\./, '').replace(/-v\d+(:\d+)?$/, '');
}

function resultValue(content: unknown): unknown {
  if (typeof content === 'string') return tryJson(content);
  if (!Array.isArray(content)) return content;
  const values = content.map((c: Json) => (c?.type === 'text' ? tryJson(c.text) : c));
  return values.length === 1 ? values[0] : values;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function documentText(document: Json): string {
  const source = document.source ?? {};
  if (source.type === 'text' && typeof source.data === 'string') return source.data;
  if (source.type === 'base64' && typeof source.data === 'string') return Buffer.from(source.data, 'base64').toString('utf8');
  if (source.type === 'content' && Array.isArray(source.content)) return source.content.map((c: Json) => c?.text ?? '').join('\n');
  return '';
}
