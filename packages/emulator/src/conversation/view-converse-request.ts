import type { ConversationView } from './conversation-view';

type Json = Record<string, any>;

/** Reads a Converse / ConverseStream body into a `ConversationView`. */
export function viewConverseRequest(body: Json): ConversationView {
  const messages: Json[] = Array.isArray(body.messages) ? body.messages : [];
  const system: Json[] = Array.isArray(body.system) ? body.system : [];
  const toolList: Json[] = Array.isArray(body.toolConfig?.tools) ? body.toolConfig.tools : [];
  const tools = toolList.filter((t) => t?.toolSpec).map((t) => ({ name: String(t.toolSpec.name), schema: t.toolSpec.inputSchema?.json }));
  const choice = body.toolConfig?.toolChoice as Json | undefined;
  const forcedTool = choice?.tool?.name ?? (choice?.any ? tools[0]?.name : undefined);

  const last = messages[messages.length - 1];
  const lastUser = [...messages].reverse().find((m) => m?.role === 'user');
  const blocks = (m: Json | undefined): Json[] => (Array.isArray(m?.content) ? m!.content : []);
  const results = last?.role === 'user' ? blocks(last).filter((b) => b?.toolResult) : [];

  const documents: ConversationView['documents'] = [];
  let citations = false;
  for (const message of messages) {
    for (const block of blocks(message)) {
      if (!block?.document) continue;
      documents.push({ name: block.document.name, text: documentText(block.document) });
      if (block.document.citations?.enabled) citations = true;
    }
  }

  // Anthropic's cache order: tools, then system, then messages.
  const ordered: unknown[] = [...toolList, ...system, ...messages.flatMap((m) => blocks(m))];
  const lastCachePoint = ordered.map((b) => Boolean((b as Json)?.cachePoint)).lastIndexOf(true);
  const fields = body.additionalModelRequestFields ?? {};
  const guarded = [...system, ...messages.flatMap((m) => blocks(m))].filter((b) => b?.guardContent?.text).map((b) => String(b.guardContent.text.text));
  const allTexts = [...system, ...messages.filter((m) => m?.role !== 'assistant').flatMap((m) => blocks(m))].map(blockText).filter((text) => text !== '');
  const schemaText = body.outputConfig?.textFormat?.structure?.jsonSchema?.schema;
  return {
    lastUserText: blocks(lastUser).map(blockText).filter((text) => text !== '').join(' '),
    guardTexts: guarded.length > 0 ? guarded : allTexts,
    ...(typeof schemaText === 'string' ? { jsonSchema: parseSchema(schemaText) } : {}),
    ...(results.length > 0 ? { toolResults: results.map((b) => toolResultValue(b.toolResult)) } : {}),
    tools,
    ...(forcedTool !== undefined ? { forcedTool: String(forcedTool) } : {}),
    inputText: JSON.stringify([system, messages, toolList]),
    ...(lastCachePoint >= 0 ? { cachePrefix: JSON.stringify(ordered.slice(0, lastCachePoint)) } : {}),
    // Claude `thinking` (budget or adaptive), Nova `reasoningConfig`, `reasoning_config`, gpt-oss `reasoning_effort`.
    reasoning:
      fields.thinking?.type === 'enabled' ||
      fields.thinking?.type === 'adaptive' ||
      fields.reasoning_config?.type === 'enabled' ||
      fields.reasoningConfig?.type === 'enabled' ||
      fields.reasoning_effort !== undefined,
    documents,
    citations,
    ...(typeof body.inferenceConfig?.maxTokens === 'number' ? { maxTokens: body.inferenceConfig.maxTokens } : {}),
    ...(Array.isArray(body.inferenceConfig?.stopSequences) ? { stopSequences: body.inferenceConfig.stopSequences } : {}),
  };
}

/** The text a block carries: plain text, or the text of a guard-content block. */
function blockText(block: Json): string {
  if (typeof block?.text === 'string') return block.text;
  if (typeof block?.guardContent?.text?.text === 'string') return block.guardContent.text.text;
  return '';
}

function parseSchema(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toolResultValue(result: Json): unknown {
  const items: unknown[] = (Array.isArray(result?.content) ? result.content : []).map((c: Json) =>
    c?.json !== undefined ? c.json : c?.text !== undefined ? c.text : mediaSummary(c),
  );
  return items.length === 1 ? items[0] : items;
}

/** Media in a tool result, echoed without its bytes: `{ image: { format, source: 'bytes' } }`. */
function mediaSummary(item: Json): unknown {
  for (const kind of ['image', 'document', 'video'] as const) {
    const media = item?.[kind];
    if (!media) continue;
    const source = media.source?.s3Location ? { s3Uri: media.source.s3Location.uri } : 'bytes';
    return { [kind]: { format: media.format, ...(media.name !== undefined ? { name: media.name } : {}), source } };
  }
  return item;
}

function documentText(document: Json): string {
  const source = document.source ?? {};
  if (typeof source.text === 'string') return source.text;
  if (typeof source.bytes === 'string') return Buffer.from(source.bytes, 'base64').toString('utf8');
  if (Array.isArray(source.content)) return source.content.map((c: Json) => c?.text ?? '').join('\n');
  return '';
}
