import type { Message } from './message';
import type { ModelTool, ToolChoice } from './tool';

/**
 * The request as a family receives it: validated and normalised by the facade
 * (prompt turned into messages, tool schemas prepared as JSON Schema).
 */
export interface ModelRequest {
  system?: string;
  messages: Message[];
  tools?: ModelTool[];
  toolChoice?: ToolChoice;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stopSequences?: string[];
  /** Passed through verbatim (e.g. `{ thinking: {...} }`). */
  additionalModelRequestFields?: Record<string, unknown>;
  /** All call provider options; a family reads its own keys (e.g. `anthropicPromptCache`). */
  providerOptions: Record<string, unknown>;
  stream: boolean;
}
