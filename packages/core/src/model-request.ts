import type { Message } from './message';
import type { ReasoningSetting } from './model-capabilities';
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
  /** Checked against the model's row by the facade; the family maps it to its wire field. */
  reasoning?: ReasoningSetting;
  /** Passed through verbatim (e.g. `{ thinking: {...} }`). */
  additionalModelRequestFields?: Record<string, unknown>;
  /**
   * The model is a prompt-management ARN: the prompt holds the conversation's start, system
   * prompt and settings, so `messages` may be empty.
   */
  promptResource?: boolean;
  /** All call provider options; a family reads its own keys (e.g. `anthropicPromptCache`). */
  providerOptions: Record<string, unknown>;
  stream: boolean;
}
