import type { BedrockInstance } from '../client/bedrock-instance';
import type { CallContext } from '../transport/call-context';
import type { JsonCallOperation } from './trace-json-call';

/**
 * `run`, inside the call's span when the client has `telemetry`: the span code (`trace-json-call.ts`)
 * is loaded on the first traced call (decision 0015), so a bundle that never traces carries only this.
 * `model` is the model ID, or the guardrail ID for `apply_guardrail`.
 */
export async function runJsonCallTraced<T extends object>(
  { options }: BedrockInstance,
  context: CallContext,
  operation: JsonCallOperation,
  model: string,
  run: () => Promise<T>,
): Promise<T> {
  return options.telemetry ? (await import('./trace-json-call')).traceJsonCall(options.telemetry, context, operation, model, run) : run();
}
