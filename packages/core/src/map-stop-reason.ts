import type { FinishReason } from './usage';

/** Each finish reason and the stop-reason strings a model API reports for it. */
export type StopReasonTable = Readonly<Partial<Record<FinishReason, readonly string[]>>>;

/**
 * The finish reason a table lists a stop reason under, or `undefined` when it lists none (the
 * caller decides: usually `other`). Only listed strings match, never inherited keys like `toString`.
 */
export function mapStopReason(stopReason: unknown, table: StopReasonTable): FinishReason | undefined {
  return (Object.keys(table) as FinishReason[]).find((reason) => table[reason]!.includes(stopReason as string));
}
