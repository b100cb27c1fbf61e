import type { Reply } from '../reply';
import { converseCitation, converseUsage } from './render-converse-response';
import { splitEvery, splitText, toolId, type RenderContext } from './render-context';
import { metadataMembers, type ResponseExtras } from './response-extras';

/** One event of a stream before framing: `:event-type` and its JSON payload. */
export interface StreamEvent {
  eventType: string;
  payload: Record<string, unknown>;
}

/**
 * The ConverseStream events of a reply, shaped like the recorded ones:
 * text blocks start directly with `contentBlockDelta` (no
 * `contentBlockStart`), tool uses get a `contentBlockStart` and their input
 * as JSON string pieces, reasoning streams text then its signature.
 */
export function renderConverseStream(reply: Reply, context: RenderContext, extras?: ResponseExtras): StreamEvent[] {
  const events: StreamEvent[] = [{ eventType: 'messageStart', payload: { role: 'assistant' } }];
  const delta = (contentBlockIndex: number, value: Record<string, unknown>) =>
    events.push({ eventType: 'contentBlockDelta', payload: { contentBlockIndex, delta: value } });
  reply.content.forEach((block, index) => {
    switch (block.type) {
      case 'text':
        for (const piece of splitText(block.text)) delta(index, { text: piece });
        for (const citation of block.citations ?? []) delta(index, { citation: converseCitation(citation) });
        break;
      case 'tool-use': {
        const toolUseId = block.id ?? toolId('tooluse_', context, index);
        events.push({ eventType: 'contentBlockStart', payload: { contentBlockIndex: index, start: { toolUse: { name: block.name, toolUseId } } } });
        delta(index, { toolUse: { input: '' } });
        for (const piece of splitEvery(JSON.stringify(block.input), 12)) delta(index, { toolUse: { input: piece } });
        break;
      }
      case 'reasoning':
        for (const piece of splitText(block.text)) delta(index, { reasoningContent: { text: piece } });
        if (block.signature !== undefined) delta(index, { reasoningContent: { signature: block.signature } });
        break;
      case 'redacted-reasoning':
        delta(index, { reasoningContent: { redactedContent: block.data } });
        break;
    }
    events.push({ eventType: 'contentBlockStop', payload: { contentBlockIndex: index } });
  });
  const fields = extras?.additionalModelResponseFields;
  events.push({ eventType: 'messageStop', payload: { ...(fields ? { additionalModelResponseFields: fields } : {}), stopReason: reply.stopReason } });
  events.push({
    eventType: 'metadata',
    payload: { metrics: { latencyMs: reply.latencyMs }, usage: converseUsage(reply), ...metadataMembers(extras) },
  });
  return events;
}
