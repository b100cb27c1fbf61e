import type { ResolvedAuth } from '@bedrock-kit/aws-auth';
import type { TimeoutOptions } from '../client/bedrock-options';
import type { Clock } from '@bedrock-kit/aws-auth';
import type { CallTelemetry } from './call-telemetry';

/** Everything one call needs to reach the service, fixed before the first attempt. */
export interface CallContext {
  fetch: typeof fetch;
  region: string;
  endpoint: string;
  headers: Record<string, string>;
  clock: Clock;
  /** Re-run before every attempt so rotated or refreshed credentials are picked up. */
  resolveAuth: () => Promise<ResolvedAuth>;
  maxRetries: number;
  timeouts: TimeoutOptions;
  abortSignal: AbortSignal | undefined;
  /** Absolute deadline of `timeout.totalMs`, on the local clock. */
  deadline: number | undefined;
  now: () => number;
  /** Backoff jitter source in [0, 1). */
  random: () => number;
  /** Set on a traced call only (`telemetry` option): the transport calls through it for each attempt's span. */
  telemetry?: CallTelemetry;
}
