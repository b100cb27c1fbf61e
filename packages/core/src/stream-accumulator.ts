import type { Citation } from './citation';
import type { Part, ReasoningPart, TextPart } from './message';
import type { ModelStreamPart } from './model-stream-part';
import type { ToolCall } from './result';
import type { StreamEvent } from './stream-event';
import { completeUsage } from './complete-usage';
import { omitUndefined } from './omit-undefined';
import type { FinishReason, Usage } from './usage';

/** The state of a stream so far, as parts and totals. */
export interface AccumulatedStream {
  content: Part[];
  text: string;
  toolCalls: ToolCall[];
  citations: Citation[];
  finishReason: FinishReason | undefined;
  usage: Usage;
}

/** Turns `ModelStreamPart`s into public `StreamEvent`s and keeps the running result. */
export interface StreamAccumulator {
  /** Feeds one part; returns the events to deliver, in order. */
  push(part: ModelStreamPart): StreamEvent[];
  /** Closes open tool calls; returns their `tool-call` events and the final `finish` event. */
  end(): StreamEvent[];
  /** A snapshot of everything received so far (also valid mid-stream, for `partial`). */
  snapshot(): AccumulatedStream;
}

interface OpenToolCall {
  id: string;
  name: string;
  json: string;
}

/** Creates the accumulator every route (native or Converse, any family) shares. */
export function createStreamAccumulator(): StreamAccumulator {
  const content: Part[] = [];
  const citations: Citation[] = [];
  const open: OpenToolCall[] = [];
  // The text or reasoning block that deltas extend (redacted reasoning never becomes current).
  let current: TextPart | ReasoningPart | undefined;
  let finishReason: FinishReason | undefined;
  let usage: Partial<Usage> = {};

  // The event is a copy: a caller changing it must not change the accumulated content.
  const addToolCall = (id: string, name: string, input: unknown): StreamEvent => {
    const part = { type: 'tool-call', id, name, input } as const;
    content.push(part);
    return { ...part };
  };
  const closeToolCalls = (): StreamEvent[] => open.splice(0).map((call) => addToolCall(call.id, call.name, parseToolInput(call.json)));

  /** A text or reasoning delta extends the current block of its type, or starts one. */
  const appendDelta = (type: 'text' | 'reasoning', text: string): StreamEvent[] => {
    if (text === '') return [];
    const block = current?.type === type ? current : { type, text: '' };
    if (block !== current) content.push((current = block));
    block.text += text;
    return [{ type: `${type}-delta`, text }];
  };

  const push = (part: ModelStreamPart): StreamEvent[] => {
    switch (part.type) {
      case 'text-delta':
        return appendDelta('text', part.text);
      case 'reasoning-delta':
        return appendDelta('reasoning', part.text);
      case 'reasoning-signature':
        if (current?.type === 'reasoning') current.signature = part.signature;
        else content.push((current = { type: 'reasoning', text: '', signature: part.signature }));
        return [];
      case 'reasoning-redacted':
        content.push({ type: 'reasoning', text: '', redacted: part.data });
        current = undefined;
        return [];
      case 'block-end':
        current = undefined;
        return closeToolCalls();
      case 'tool-call-start':
        // Calls stay open until block-end or the end: parallel calls may interleave their deltas.
        current = undefined;
        if (!open.some((call) => call.id === part.id)) open.push({ id: part.id, name: part.name, json: '' });
        return [];
      case 'tool-call-delta': {
        const call = part.id === undefined ? open.at(-1) : open.find((c) => c.id === part.id);
        if (!call || part.inputDelta === '') return [];
        call.json += part.inputDelta;
        return [{ type: 'tool-call-delta', id: call.id, name: call.name, inputDelta: part.inputDelta }];
      }
      case 'tool-call':
        current = undefined;
        return [addToolCall(part.id, part.name, part.input)];
      case 'citation':
        citations.push(part.citation);
        return [{ type: 'citation', citation: part.citation }];
      case 'usage':
        usage = { ...usage, ...omitUndefined(part.usage) };
        return [];
      case 'finish':
        finishReason = part.finishReason;
        return [];
    }
  };

  const snapshot = (): AccumulatedStream => {
    const parts = content.map((part) => ({ ...part }));
    return {
      content: parts,
      text: parts.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join(''),
      toolCalls: parts.flatMap((p) => (p.type === 'tool-call' ? [{ id: p.id, name: p.name, input: p.input }] : [])),
      citations: [...citations],
      finishReason,
      usage: completeUsage(usage),
    };
  };

  return {
    push,
    end() {
      const events = closeToolCalls();
      finishReason ??= content.some((part) => part.type === 'tool-call') ? 'tool-calls' : 'other';
      events.push({ type: 'finish', finishReason, usage: completeUsage(usage) });
      return events;
    },
    snapshot,
  };
}

/** Streamed tool input is JSON text; an empty input means `{}`. Unparseable text is kept as the raw string. */
function parseToolInput(json: string): unknown {
  if (json.trim() === '') return {};
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

