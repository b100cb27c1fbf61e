import { createHash } from 'node:crypto';
import type { Reply, ReplyBlock, ReplyScript } from '../reply';
import { countTokens, type ConversationView } from './conversation-view';
import { synthesizeFromSchema } from './synthesize-from-schema';

/** State an emulator keeps across requests to answer realistically. */
export interface ReplyState {
  /** Hashes of cached prompt prefixes: the first request with a prefix writes the cache, later ones read it. */
  cachedPrefixes: Set<string>;
}

/** The deterministic default text. */
export function defaultText(lastUserText: string): string {
  return `Hello from the bedrock-kit emulator. You said: ${lastUserText}`;
}

/** A reasoning signature the emulator can recognise when it comes back: base64 of a digest of the text. */
export function emulatorSignature(text: string): string {
  return Buffer.from(`emulator-signature:${createHash('sha256').update(text).digest('hex')}`).toString('base64');
}

/**
 * The answer to a request: the scripted content, or the default one (a tool
 * call when tools are offered and the last turn is not a tool result, the
 * tool results echoed as JSON after a tool turn, else the greeting), with
 * usage computed from the texts and the cache points.
 */
export function createReply(view: ConversationView, script: ReplyScript | undefined, state: ReplyState): Reply {
  let content: ReplyBlock[] = script?.content ?? (script?.text !== undefined ? [{ type: 'text', text: script.text }] : defaultContent(view));
  let stopReason = script?.stopReason ?? (content.some((b) => b.type === 'tool-use') ? 'tool_use' : 'end_turn');
  let stopSequence: string | undefined;
  if (!script) ({ content, stopReason, stopSequence } = applyLimits(content, stopReason, view));

  const outputText = content
    .map((b) => (b.type === 'text' || b.type === 'reasoning' ? b.text : b.type === 'tool-use' ? JSON.stringify(b.input) : b.data))
    .join('');
  let inputTokens = Math.max(1, countTokens(view.inputText));
  let cacheRead: number | undefined;
  let cacheWrite: number | undefined;
  if (view.cachePrefix !== undefined) {
    const prefixTokens = countTokens(view.cachePrefix);
    const key = createHash('sha256').update(view.cachePrefix).digest('hex');
    const hit = state.cachedPrefixes.has(key);
    state.cachedPrefixes.add(key);
    cacheRead = hit ? prefixTokens : 0;
    cacheWrite = hit ? 0 : prefixTokens;
    inputTokens = Math.max(1, inputTokens - prefixTokens);
  }
  const usage = {
    inputTokens: script?.usage?.inputTokens ?? inputTokens,
    outputTokens: script?.usage?.outputTokens ?? Math.max(1, countTokens(outputText)),
    ...(script?.usage?.cacheReadInputTokens !== undefined || cacheRead !== undefined
      ? { cacheReadInputTokens: script?.usage?.cacheReadInputTokens ?? cacheRead }
      : {}),
    ...(script?.usage?.cacheWriteInputTokens !== undefined || cacheWrite !== undefined
      ? { cacheWriteInputTokens: script?.usage?.cacheWriteInputTokens ?? cacheWrite }
      : {}),
  };
  return { content, stopReason, usage, latencyMs: script?.latencyMs ?? 42, ...((stopSequence ?? script?.stopSequence) !== undefined ? { stopSequence: stopSequence ?? script?.stopSequence } : {}) };
}

function defaultContent(view: ConversationView): ReplyBlock[] {
  const blocks: ReplyBlock[] = [];
  if (view.reasoning) {
    const text = `The user wrote "${view.lastUserText}". A short, friendly answer fits.`;
    blocks.push({ type: 'reasoning', text, signature: emulatorSignature(text) });
  }
  if (view.toolResults && view.jsonSchema === undefined) {
    const value = view.toolResults.length === 1 ? view.toolResults[0] : view.toolResults;
    blocks.push({ type: 'text', text: `The tool returned: ${JSON.stringify(value)}` });
    return blocks;
  }
  // Structured output: the answer is JSON that fits the schema, unless a tool is forced.
  if (view.jsonSchema !== undefined && view.forcedTool === undefined) {
    blocks.push({ type: 'text', text: JSON.stringify(synthesizeFromSchema(view.jsonSchema)) });
    return blocks;
  }
  const toolName = view.toolChoiceNone ? undefined : (view.forcedTool ?? view.tools[0]?.name);
  const tool = view.tools.find((t) => t.name === toolName);
  if (tool) {
    blocks.push({ type: 'tool-use', name: tool.name, input: synthesizeFromSchema(tool.schema ?? { type: 'object' }) });
    return blocks;
  }
  const text = defaultText(view.lastUserText);
  const document = view.citations ? view.documents[0] : undefined;
  if (document) {
    const citedText = document.text.slice(0, 40);
    blocks.push({
      type: 'text',
      text,
      citations: [{ citedText, documentIndex: 0, ...(document.name ? { title: document.name } : {}), start: 0, end: citedText.length }],
    });
  } else {
    blocks.push({ type: 'text', text });
  }
  return blocks;
}

/** `maxTokens` cuts the text (stop reason `max_tokens`); a stop sequence ends it (`stop_sequence`). */
function applyLimits(content: ReplyBlock[], stopReason: Reply['stopReason'], view: ConversationView) {
  if (stopReason !== 'end_turn') return { content, stopReason, stopSequence: undefined };
  let reason: Reply['stopReason'] = stopReason;
  let matched: string | undefined;
  const out = content.map((block): ReplyBlock => {
    if (block.type !== 'text') return block;
    let text = block.text;
    for (const stop of view.stopSequences ?? []) {
      const at = stop === '' ? -1 : text.indexOf(stop);
      if (at !== -1) {
        text = text.slice(0, at);
        reason = 'stop_sequence';
        matched = stop;
      }
    }
    if (view.maxTokens !== undefined && countTokens(text) > view.maxTokens) {
      text = text.slice(0, view.maxTokens * 4);
      reason = 'max_tokens';
    }
    return text === block.text ? block : { type: 'text', text };
  });
  return { content: out, stopReason: reason, stopSequence: (reason as Reply['stopReason']) === 'stop_sequence' ? matched : undefined };
}
