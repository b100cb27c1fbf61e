import { omitUndefined, type GenerateTextResult, type Message, type ToolResult, type Usage } from '@bedrock-kit/core';
import type { StepOutcome } from './step-outcome';

/** One finished step: its outcome plus the tool results the loop produced for it. */
export interface CompletedStep {
  outcome: StepOutcome;
  toolResults: ToolResult[];
}

/** Assembles the public result from the steps of a run (also used for `partial`). */
export function buildResult(steps: CompletedStep[], warnings: string[]): GenerateTextResult {
  const { text, content, toolCalls, citations, finishReason, api, requestId, providerMetadata } = steps[steps.length - 1]!.outcome;
  const reasoning = content.flatMap((part) =>
    part.type === 'reasoning' && part.redacted === undefined ? [omitUndefined({ text: part.text, signature: part.signature })] : [],
  );
  return omitUndefined({
    text,
    content,
    toolCalls,
    toolResults: steps.flatMap((step) => step.toolResults),
    reasoning: reasoning.length > 0 ? reasoning : undefined,
    citations: citations.length > 0 ? citations : undefined,
    finishReason,
    usage: sumUsage(steps.map((step) => step.outcome.usage)),
    api,
    requestId,
    // The last call's platform facts (its trace, tier, latency), as the finish event carries them.
    providerMetadata: providerMetadata && { bedrock: providerMetadata },
    // A step reports what its call produced; warnings, citations and platform facts are reported once, for the run.
    steps: steps.map(({ outcome: { warnings: _warnings, citations: _citations, providerMetadata: _metadata, ...step }, toolResults }) => ({ ...step, toolResults })),
    warnings: [...new Set([...warnings, ...steps.flatMap((step) => step.outcome.warnings)])],
    response: { messages: steps.flatMap(convertStepToMessages) },
  });
}

const usageKeys = ['inputTokens', 'outputTokens', 'totalTokens', 'cacheReadTokens', 'cacheWriteTokens'] as const;

/** Adds up token counts; the optional cache counts appear only when some step reported them. */
function sumUsage(usages: Usage[]): Usage {
  const total: Usage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
  for (const usage of usages) {
    for (const key of usageKeys) {
      if (usage[key] !== undefined) total[key] = (total[key] ?? 0) + usage[key];
    }
  }
  return total;
}

/** The messages one step adds to the conversation: the assistant turn, then the tool results. */
export function convertStepToMessages({ outcome, toolResults }: CompletedStep): Message[] {
  const messages: Message[] = [];
  if (outcome.content.length > 0) messages.push({ role: 'assistant', content: outcome.content });
  if (toolResults.length > 0) {
    messages.push({
      role: 'user',
      // A tool result is its call plus `output` (and `isError: true` on failure): the part is that without the input.
      // With `toModelOutput` the model is sent its parts instead of the output.
      content: toolResults.map(({ input: _input, ...result }) =>
        result.content ? { type: 'tool-result', id: result.id, name: result.name, content: result.content, isError: result.isError } : { type: 'tool-result', ...result },
      ),
    });
  }
  return messages;
}
