import type { StreamEvent } from '@bedrock-kit/core';
import type { StepOutcome } from './step-outcome';

/** What the result of a call that fell back says (once, however many of its steps did). */
export const fallbackWarning =
  'This model does not support tool use while streaming on Bedrock: bedrock-kit made one non-streaming call and replayed its answer as stream events.';

/**
 * A complete answer as the stream events it would have produced, for the
 * non-streaming fallback: the same events, in the same order, that the
 * stream accumulator gives for a streamed answer.
 */
export function* replayOutcomeAsEvents({ content, citations, finishReason, usage, providerMetadata }: StepOutcome): Generator<StreamEvent> {
  for (const part of content) {
    if (part.type === 'text' && part.text !== '') yield { type: 'text-delta', text: part.text };
    if (part.type === 'reasoning' && part.text !== '') yield { type: 'reasoning-delta', text: part.text };
    if (part.type === 'tool-call') yield { type: 'tool-call', id: part.id, name: part.name, input: part.input };
  }
  for (const citation of citations) yield { type: 'citation', citation };
  yield providerMetadata ? { type: 'finish', finishReason, usage, providerMetadata: { bedrock: providerMetadata } } : { type: 'finish', finishReason, usage };
}
