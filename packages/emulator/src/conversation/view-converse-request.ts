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
  return {
    lastUserText: blocks(lastUser).filter((b) => typeof b?.text === 'string').map((b) => b.text).join(' '),
    ...(results.length > 0 ? { toolResults: results.map((b) => toolResultValue(b.toolResult)) } : {}),
    tools,
    ...(forcedTool !== undefined ? { forcedTool: String(forcedTool) } : {}),
    inputText: JSON.stringify([system, messages, toolList]),
    ...(lastCachePoint >= 0 ? { cachePrefix: JSON.stringify(ordered.slice(0, lastCachePoint)) } : {}),
    reasoning:
      fields.thinking?.type === 'enabled' || fields.reasoning_config?.type === 'enabled' || fields.reasoning_effort !== undefined,
    documents,
    citations,
    ...(typeof body.inferenceConfig?.maxTokens === 'number' ? { maxTokens: body.inferenceConfig.maxTokens } : {}),
    ...(Array.isArray(body.inferenceConfig?.stopSequences) ? { stopSequences: body.inferenceConfig.stopSequences } : {}),
  };
}

function toolResultValue(result: Json): unknown {
  const items: unknown[] = (Array.isArray(result?.content) ? result.content : []).map((c: Json) =>
    c?.json !== undefined ? c.json : c?.text !== undefined ? c.text : c,
  );
  return items.length === 1 ? items[0] : items;
}

function documentText(document: Json): string {
  const source = document.source ?? {};
  if (typeof source.text === 'string') return source.text;
  if (typeof source.bytes === 'string') return Buffer.from(source.bytes, 'base64').toString('utf8');
  if (Array.isArray(source.content)) return source.content.map((c: Json) => c?.text ?? '').join('\n');
  return '';
}
