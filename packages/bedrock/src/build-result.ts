import type { GenerateTextResult, Message, StepResult, ToolResult, Usage } from '@bedrock-kit/core';
import type { StepOutcome } from './step-outcome';

/** One finished step: its outcome plus the tool results the loop produced for it. */
export interface CompletedStep {
  outcome: StepOutcome;
  toolResults: ToolResult[];
}

/** Assembles the public result from the steps of a run (also used for `partial`). */
export function buildResult(steps: CompletedStep[], warnings: string[]): GenerateTextResult {
  const last = steps[steps.length - 1]!.outcome;
  const messages = steps.flatMap(convertStepToMessages);
  const reasoning = last.content.flatMap((p) =>
    p.type === 'reasoning' && p.redacted === undefined ? [p.signature === undefined ? { text: p.text } : { text: p.text, signature: p.signature }] : [],
  );
  const stepResults: StepResult[] = steps.map(({ outcome, toolResults }) => ({
    text: outcome.text,
    content: outcome.content,
    toolCalls: outcome.toolCalls,
    toolResults,
    finishReason: outcome.finishReason,
    usage: outcome.usage,
    api: outcome.api,
    ...(outcome.requestId !== undefined ? { requestId: outcome.requestId } : {}),
  }));
  return {
    text: last.text,
    content: last.content,
    toolCalls: last.toolCalls,
    toolResults: steps.flatMap((s) => s.toolResults),
    ...(reasoning.length > 0 ? { reasoning } : {}),
    ...(last.citations.length > 0 ? { citations: last.citations } : {}),
    finishReason: last.finishReason,
    usage: sumUsage(steps.map((s) => s.outcome.usage)),
    api: last.api,
    ...(last.requestId !== undefined ? { requestId: last.requestId } : {}),
    steps: stepResults,
    warnings: [...new Set([...warnings, ...steps.flatMap((s) => s.outcome.warnings)])],
    response: { messages },
  };
}

function sumUsage(usages: Usage[]): Usage {
  const total: Usage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
  for (const usage of usages) {
    total.inputTokens += usage.inputTokens;
    total.outputTokens += usage.outputTokens;
    total.totalTokens += usage.totalTokens;
    if (usage.cacheReadTokens !== undefined) total.cacheReadTokens = (total.cacheReadTokens ?? 0) + usage.cacheReadTokens;
    if (usage.cacheWriteTokens !== undefined) total.cacheWriteTokens = (total.cacheWriteTokens ?? 0) + usage.cacheWriteTokens;
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
      content: toolResults.map((r) => ({ type: 'tool-result' as const, id: r.id, name: r.name, output: r.output, ...(r.isError ? { isError: true } : {}) })),
    });
  }
  return messages;
}
