/**
 * Attribute values as OpenTelemetry takes them. Written out here: bedrock-kit
 * depends on no OpenTelemetry package, any `Tracer` of `@opentelemetry/api` fits.
 */
export type TelemetryAttributeValue = string | number | boolean | string[] | number[] | boolean[];

/** The part of an OpenTelemetry `Span` bedrock-kit uses. */
export interface TelemetrySpan {
  setAttribute(key: string, value: TelemetryAttributeValue): unknown;
  setAttributes(attributes: Record<string, TelemetryAttributeValue | undefined>): unknown;
  /** `code`: 1 OK, 2 ERROR (OpenTelemetry's `SpanStatusCode`). */
  setStatus(status: { code: number; message?: string }): unknown;
  recordException(exception: { name?: string; message?: string; stack?: string } | string): unknown;
  end(): unknown;
}

/** The part of an OpenTelemetry `Tracer` bedrock-kit uses (`trace.getTracer('my-app')` fits). */
export interface TelemetryTracer {
  /**
   * `kind`: 2 CLIENT. `context`: an OpenTelemetry `Context`; bedrock-kit passes one holding the call's span
   * as the parent of each HTTP attempt, and none for the call's span (the active context is its parent).
   */
  startSpan(name: string, options?: { kind?: number; attributes?: Record<string, TelemetryAttributeValue> }, context?: any): TelemetrySpan;
}

/**
 * OpenTelemetry tracing: one span per call (`chat {model}`, `embeddings {model}`, …) and one child span per
 * HTTP attempt, with the GenAI and HTTP semantic-convention attributes. No secret is ever in an attribute;
 * prompts and outputs only when asked.
 *
 * @example
 * import { trace } from '@opentelemetry/api';
 * const bedrock = createBedrock({ families: [anthropic], telemetry: { tracer: trace.getTracer('my-app') } });
 */
export interface TelemetryOptions {
  /** Any OpenTelemetry API `Tracer`. */
  tracer: TelemetryTracer;
  /** Record the system prompt and messages (`gen_ai.system_instructions`, `gen_ai.input.messages`). @default false */
  recordInputs?: boolean;
  /** Record the model's answer (`gen_ai.output.messages`). @default false */
  recordOutputs?: boolean;
}
