import type { Citation } from './citation';
import type { Part } from './message';
import type { FinishReason, Usage } from './usage';

/** A decoded non-streaming model answer. */
export interface ModelResponse {
  content: Part[];
  finishReason: FinishReason;
  usage: Usage;
  citations?: Citation[];
}
