import type { LanguageModelV4StreamPart, SharedV4Warning } from '@ai-sdk/provider';
import type { TextStream } from '@bedrock-kit/bedrock';
import type { GenerateTextResult } from '@bedrock-kit/core';
import { convertCitation } from '../response/convert-content';
import { convertUsage } from '../response/convert-usage';
import { createProviderMetadata } from '../response/create-provider-metadata';
import { mapBedrockError } from '../response/map-bedrock-error';
import { mapFinishReason } from '../response/map-finish-reason';
import type { RequestDocument } from '../request/convert-prompt';
import { providerOptionsKey } from '../request/read-bedrock-kit-options';

interface StreamContext {
  modelId: string;
  warnings: SharedV4Warning[];
  documents: RequestDocument[];
  jsonToolName?: string;
}

/**
 * Turns bedrock-kit's stream events into AI SDK V4 stream parts.
 *
 * bedrock-kit's events carry no block boundaries: a run of text deltas is one text
 * block, a run of reasoning deltas one reasoning block. Reasoning signatures arrive
 * only with the final result, so reasoning blocks end just before `finish` (the AI SDK
 * takes the signature from `reasoning-end`'s provider metadata). The forced JSON tool's
 * input streams as text. Pulled on demand: nothing is read ahead of the consumer, and
 * cancelling the stream ends bedrock-kit's (its request is aborted).
 */
export function convertStream(stream: TextStream, context: StreamContext): ReadableStream<LanguageModelV4StreamPart> {
  const iterator = stream[Symbol.asyncIterator]();
  const queue: LanguageModelV4StreamPart[] = [{ type: 'stream-start', warnings: context.warnings }];
  let nextId = 0;
  let openText: string | undefined;
  let openReasoning: string | undefined;
  const reasoningIds: string[] = [];
  const startedTools = new Set<string>();
  let citationIndex = 0;
  let jsonStreamed = false;
  let jsonAnswered = false;
  let finished = false;
  let done = false;

  const closeText = () => {
    if (openText !== undefined) queue.push({ type: 'text-end', id: openText });
    openText = undefined;
  };
  const openTextBlock = () => {
    openReasoning = undefined;
    if (openText === undefined) {
      openText = String(nextId++);
      queue.push({ type: 'text-start', id: openText });
    }
    return openText;
  };

  const finish = async (event?: { finishReason: GenerateTextResult['finishReason']; usage: GenerateTextResult['usage'] }) => {
    finished = true;
    closeText();
    const result = await stream.result;
    event ??= result;
    const reasoning = result.content.filter((part) => part.type === 'reasoning');
    // Redacted blocks stream no event: the streamed blocks are the others, in order.
    const isRedacted = (part: (typeof reasoning)[number]) => part.redacted !== undefined && part.text === '';
    const streamed = reasoning.filter((part) => !isRedacted(part));
    reasoningIds.forEach((id, index) => {
      const signature = streamed[index]?.signature;
      queue.push({ type: 'reasoning-end', id, ...(signature !== undefined ? { providerMetadata: { [providerOptionsKey]: { signature } } } : {}) });
    });
    // They still must go back on the next turn, so they become (empty) reasoning blocks here, after the text:
    // the stream gives no earlier place for them.
    for (const part of reasoning.filter(isRedacted)) {
      const id = String(nextId++);
      queue.push({ type: 'reasoning-start', id });
      queue.push({ type: 'reasoning-end', id, providerMetadata: { [providerOptionsKey]: { redacted: part.redacted! } } });
    }
    queue.push({ type: 'response-metadata', modelId: context.modelId, ...(result.requestId !== undefined ? { id: result.requestId } : {}) });
    queue.push({
      type: 'finish',
      finishReason: mapFinishReason(event.finishReason, jsonAnswered),
      usage: convertUsage(event.usage),
      providerMetadata: createProviderMetadata(result),
    });
  };

  return new ReadableStream<LanguageModelV4StreamPart>({
    async pull(controller) {
      while (queue.length === 0 && !done) {
        let next: IteratorResult<Awaited<ReturnType<typeof iterator.next>>['value']>;
        try {
          next = await iterator.next();
          if (next.done) {
            done = true;
            // Every bedrock-kit stream ends with `finish`; should one not, the result still gives the AI SDK its finish part.
            if (!finished) await finish();
            break;
          }
          const event = next.value;
          switch (event.type) {
            case 'text-delta':
              if (event.text !== '') queue.push({ type: 'text-delta', id: openTextBlock(), delta: event.text });
              break;
            case 'reasoning-delta':
              closeText();
              if (openReasoning === undefined) {
                openReasoning = String(nextId++);
                reasoningIds.push(openReasoning);
                queue.push({ type: 'reasoning-start', id: openReasoning });
              }
              if (event.text !== '') queue.push({ type: 'reasoning-delta', id: openReasoning, delta: event.text });
              break;
            case 'tool-call-delta':
              if (event.name === context.jsonToolName) {
                if (event.inputDelta !== '') queue.push({ type: 'text-delta', id: openTextBlock(), delta: event.inputDelta });
                jsonStreamed = true;
                break;
              }
              closeText();
              openReasoning = undefined;
              if (!startedTools.has(event.id)) {
                startedTools.add(event.id);
                queue.push({ type: 'tool-input-start', id: event.id, toolName: event.name });
              }
              if (event.inputDelta !== '') queue.push({ type: 'tool-input-delta', id: event.id, delta: event.inputDelta });
              break;
            case 'tool-call':
              if (event.name === context.jsonToolName) {
                jsonAnswered = true;
                // Deltas already streamed the JSON; a replayed call (no deltas) streams it whole.
                if (!jsonStreamed) queue.push({ type: 'text-delta', id: openTextBlock(), delta: JSON.stringify(event.input) });
                closeText();
                break;
              }
              closeText();
              openReasoning = undefined;
              if (startedTools.has(event.id)) queue.push({ type: 'tool-input-end', id: event.id });
              queue.push({ type: 'tool-call', toolCallId: event.id, toolName: event.name, input: JSON.stringify(event.input ?? {}) });
              break;
            case 'citation':
              queue.push(convertCitation(event.citation, citationIndex++, context.documents));
              break;
            case 'finish':
              await finish(event);
              break;
          }
        } catch (error) {
          done = true;
          queue.push({ type: 'error', error: mapBedrockError(error, context.modelId) });
        }
      }
      const part = queue.shift();
      if (part) controller.enqueue(part);
      else controller.close();
    },
    async cancel() {
      done = true;
      await iterator.return?.();
    },
  });
}
