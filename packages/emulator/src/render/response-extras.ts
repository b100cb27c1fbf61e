import type { Reply } from '../reply';

/** Round-two members of a Converse answer beside the message (all optional, as in the service model). */
export interface ResponseExtras {
  /** `trace` (ConverseResponse) / the metadata event's `trace`: `{ guardrail: … }`. */
  trace?: Record<string, unknown>;
  /** `serviceTier.type`. */
  serviceTier?: string;
  /** `performanceConfig.latency`. */
  latency?: string;
  /** `additionalModelResponseFields` (ConverseResponse, the stream's `messageStop`). */
  additionalModelResponseFields?: Record<string, unknown>;
}

/**
 * The model's own response fields that `additionalModelResponseFieldPaths`
 * can ask for, as a Claude-style native answer has them: `stop_sequence`
 * (the matched sequence, else null) and `stop_reason`.
 */
function nativeFields(reply: Reply): Record<string, unknown> {
  return { stop_reason: reply.stopReason, stop_sequence: reply.stopSequence ?? null };
}

/**
 * `additionalModelResponseFields` for JSON-pointer paths (`/stop_sequence`):
 * each found value placed at its path; paths that name nothing are left out.
 * Undefined when no path was asked for or none matched.
 */
export function additionalResponseFields(paths: readonly string[] | undefined, reply: Reply): Record<string, unknown> | undefined {
  if (!paths || paths.length === 0) return undefined;
  const source = nativeFields(reply);
  const out: Record<string, unknown> = {};
  let found = false;
  for (const path of paths) {
    const keys = path.split('/').slice(1).map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
    let value: unknown = source;
    for (const key of keys) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (value === undefined || keys.length === 0) continue;
    let target = out;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys[keys.length - 1]!] = value;
    found = true;
  }
  return found ? out : undefined;
}

/** The members of `extras` in the service's shapes: `trace`, `serviceTier: { type }`, `performanceConfig: { latency }`. */
export function metadataMembers(extras: ResponseExtras | undefined): Record<string, unknown> {
  if (!extras) return {};
  return {
    ...(extras.latency !== undefined ? { performanceConfig: { latency: extras.latency } } : {}),
    ...(extras.serviceTier !== undefined ? { serviceTier: { type: extras.serviceTier } } : {}),
    ...(extras.trace !== undefined ? { trace: extras.trace } : {}),
  };
}
