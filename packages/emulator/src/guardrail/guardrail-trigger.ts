/**
 * The word that makes any guardrail of the emulator intervene: a prompt (or
 * an answer, or ApplyGuardrail content) containing it, in any case, is
 * blocked — when the request names a guardrail. Deterministic, so a demo or a
 * test shows an intervention without scripting one.
 */
export const GUARDRAIL_TRIGGER = 'forbidden-topic';

/** What the emulator's guardrails answer in place of blocked content (Bedrock's default blocked messaging). */
export const GUARDRAIL_BLOCKED_MESSAGE = 'Sorry, the model cannot answer this question.';

/** Whether a text contains the trigger word. */
export function hasGuardrailTrigger(text: string): boolean {
  return text.toLowerCase().includes(GUARDRAIL_TRIGGER);
}
