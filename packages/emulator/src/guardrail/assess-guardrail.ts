import { countTokens } from '../conversation/conversation-view';
import { GUARDRAIL_BLOCKED_MESSAGE, GUARDRAIL_TRIGGER, hasGuardrailTrigger } from './guardrail-trigger';
import type { GuardrailRequest } from './guardrail-request';

/** A scripted guardrail outcome for one request (any model route, or ApplyGuardrail). */
export interface GuardrailScript {
  /** @default 'intervened' */
  action?: 'intervened' | 'none';
  /** Which side is blocked: the prompt (the model is not called) or the answer. @default 'input' */
  source?: 'input' | 'output';
  /** Text answered in place of the blocked content. @default 'Sorry, the model cannot answer this question.' */
  message?: string;
  /** The trace object sent (Converse `trace`, native `amazon-bedrock-trace`) instead of the generated one. */
  trace?: Record<string, unknown>;
}

/** The outcome of a guardrail on a model call. */
export interface GuardrailOutcome {
  intervened: boolean;
  source: 'input' | 'output';
  message: string;
  /** `{ guardrail: GuardrailTraceAssessment }`, present when the trace is enabled (or scripted). */
  trace?: Record<string, unknown>;
}

/**
 * Applies the guardrail a model call names (or a scripted outcome): the
 * input texts first, then the answer text; the trigger word intervenes.
 * Undefined when the call names no guardrail and no script asks for one.
 */
export function assessGuardrail(
  request: GuardrailRequest | undefined,
  script: GuardrailScript | undefined,
  inputTexts: readonly string[],
  outputText: string,
): GuardrailOutcome | undefined {
  if (!request && !script) return undefined;
  const id = request?.id ?? 'emulatorguardrail';
  const traced = request ? request.trace !== 'disabled' : script?.trace !== undefined;
  let intervened: boolean;
  let source: 'input' | 'output';
  if (script) {
    intervened = (script.action ?? 'intervened') === 'intervened';
    source = script.source ?? 'input';
  } else {
    const inputHit = inputTexts.some(hasGuardrailTrigger);
    intervened = inputHit || hasGuardrailTrigger(outputText);
    source = inputHit ? 'input' : 'output';
  }
  const inputChars = inputTexts.reduce((sum, text) => sum + text.length, 0);
  const inputAssessment = guardrailAssessment(intervened && source === 'input', inputChars);
  const outputAssessment = guardrailAssessment(intervened && source === 'output', outputText.length);
  const generated: Record<string, unknown> = {
    ...(intervened ? { actionReason: 'Guardrail blocked.' } : {}),
    inputAssessment: { [id]: inputAssessment },
    ...(intervened && source === 'input' ? {} : { outputAssessments: { [id]: [outputAssessment] } }),
    ...(request?.trace === 'enabled_full' && !(intervened && source === 'input') ? { modelOutput: [outputText] } : {}),
  };
  const trace = script?.trace ?? (traced ? { guardrail: generated } : undefined);
  return { intervened, source, message: script?.message ?? GUARDRAIL_BLOCKED_MESSAGE, ...(trace ? { trace } : {}) };
}

/**
 * One `GuardrailAssessment` of the service model: a word-policy match of the
 * trigger when blocked, and the invocation metrics (latency, usage, coverage).
 */
export function guardrailAssessment(blocked: boolean, characters: number): Record<string, unknown> {
  return {
    ...(blocked
      ? { wordPolicy: { customWords: [{ action: 'BLOCKED', detected: true, match: GUARDRAIL_TRIGGER }], managedWordLists: [] } }
      : {}),
    invocationMetrics: {
      guardrailCoverage: { textCharacters: { guarded: characters, total: characters } },
      guardrailProcessingLatency: 12,
      usage: guardrailUsage(characters),
    },
  };
}

/** `GuardrailUsage`: policy units of 1,000 characters (at least one when there is text), as the service bills them. */
export function guardrailUsage(characters: number): Record<string, number> {
  const units = characters === 0 ? 0 : Math.ceil(characters / 1000);
  return {
    contentPolicyUnits: units,
    contextualGroundingPolicyUnits: 0,
    sensitiveInformationPolicyFreeUnits: 0,
    sensitiveInformationPolicyUnits: 0,
    topicPolicyUnits: 0,
    wordPolicyUnits: units,
  };
}

/** Output tokens of the blocked message, for the reply's usage. */
export function blockedMessageTokens(message: string): number {
  return Math.max(1, countTokens(message));
}
