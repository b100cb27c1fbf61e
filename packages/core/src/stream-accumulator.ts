import type { Citation } from './citation';
import type { Part, ReasoningPart, TextPart } from './message';
import type { ModelStreamPart } from './model-stream-part';
import type { BedrockProviderMetadata } from './provider-metadata';
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
  /** Platform facts the stream carried (trace, tier, latency …), when it carried any. */
  providerMetadata?: BedrockProviderMetadata;
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
  return new Accumulator();
}

/**
 * A class rather than closures: every open stream holds its accumulator, and
 * methods on the prototype cost each one nothing (six closures and their
 * context did).
 */
class Accumulator implements StreamAccumulator {
  private readonly content: Part[] = [];
  private readonly citations: Citation[] = [];
  private readonly open: OpenToolCall[] = [];
  /** The text or reasoning block that deltas extend (redacted reasoning never becomes current). */
  private current: TextPart | ReasoningPart | undefined;
  private finishReason: FinishReason | undefined;
  private usage: Partial<Usage> = {};
  /** Made on first use: most streams carry none, and every open stream holds its accumulator. */
  private metadata: BedrockProviderMetadata | undefined;

  push(part: ModelStreamPart): StreamEvent[] {
    switch (part.type) {
      case 'text-delta':
        return this.appendDelta('text', part.text);
      case 'reasoning-delta':
        return this.appendDelta('reasoning', part.text);
      case 'reasoning-signature':
        if (this.current?.type === 'reasoning') this.current.signature = part.signature;
        else this.content.push((this.current = { type: 'reasoning', text: '', signature: part.signature }));
        return [];
      case 'reasoning-redacted':
        this.content.push({ type: 'reasoning', text: '', redacted: part.data });
        this.current = undefined;
        return [];
      case 'block-end':
        this.current = undefined;
        return this.closeToolCalls();
      case 'tool-call-start':
        // Calls stay open until block-end or the end: parallel calls may interleave their deltas.
        this.current = undefined;
        if (!this.open.some((call) => call.id === part.id)) this.open.push({ id: part.id, name: part.name, json: '' });
        return [];
      case 'tool-call-delta': {
        const call = part.id === undefined ? this.open.at(-1) : this.open.find((c) => c.id === part.id);
        if (!call || part.inputDelta === '') return [];
        call.json += part.inputDelta;
        return [{ type: 'tool-call-delta', id: call.id, name: call.name, inputDelta: part.inputDelta }];
      }
      case 'tool-call':
        this.current = undefined;
        return [this.addToolCall(part.id, part.name, part.input)];
      case 'citation':
        this.citations.push(part.citation);
        return [{ type: 'citation', citation: part.citation }];
      case 'usage':
        this.usage = { ...this.usage, ...omitUndefined(part.usage) };
        return [];
      case 'finish':
        this.finishReason = part.finishReason;
        return [];
      case 'provider-metadata':
        this.metadata = { ...this.metadata, ...omitUndefined(part.metadata) };
        return [];
    }
  }

  end(): StreamEvent[] {
    const events = this.closeToolCalls();
    this.finishReason ??= this.content.some((part) => part.type === 'tool-call') ? 'tool-calls' : 'other';
    const finish: StreamEvent = { type: 'finish', finishReason: this.finishReason, usage: completeUsage(this.usage) };
    if (this.metadata) finish.providerMetadata = { bedrock: { ...this.metadata } };
    events.push(finish);
    return events;
  }

  snapshot(): AccumulatedStream {
    const parts = this.content.map((part) => ({ ...part }));
    return {
      content: parts,
      text: parts.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join(''),
      toolCalls: parts.flatMap((p) => (p.type === 'tool-call' ? [{ id: p.id, name: p.name, input: p.input }] : [])),
      citations: [...this.citations],
      finishReason: this.finishReason,
      usage: completeUsage(this.usage),
      ...(this.metadata && { providerMetadata: { ...this.metadata } }),
    };
  }

  /** The event is a copy: a caller changing it must not change the accumulated content. */
  private addToolCall(id: string, name: string, input: unknown): StreamEvent {
    const part = { type: 'tool-call', id, name, input } as const;
    this.content.push(part);
    return { ...part };
  }

  private closeToolCalls(): StreamEvent[] {
    return this.open.splice(0).map((call) => this.addToolCall(call.id, call.name, parseToolInput(call.json)));
  }

  /** A text or reasoning delta extends the current block of its type, or starts one. */
  private appendDelta(type: 'text' | 'reasoning', text: string): StreamEvent[] {
    if (text === '') return [];
    const current = this.current;
    const block = current?.type === type ? current : { type, text: '' };
    if (block !== current) this.content.push((this.current = block));
    block.text += text;
    return [{ type: `${type}-delta`, text }];
  }
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

