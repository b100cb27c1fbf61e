import type { Message, SystemPart } from './message';
import type { ReasoningSetting } from './model-capabilities';
import type { ModelTool, ToolChoice } from './tool';

/**
 * The request as a family receives it: validated and normalised by the facade
 * (prompt turned into messages, tool schemas prepared as JSON Schema).
 */
export interface ModelRequest {
  /** The system prompt as text (parts joined with a newline when it was given as parts). */
  system?: string;
  /**
   * The system prompt as the caller gave it when it was parts (text and cache points): routes that
   * carry blocks (Converse, native Claude) read these instead of `system`.
   */
  systemParts?: SystemPart[];
  messages: Message[];
  /**
   * Mid-conversation system instructions (Converse role `system`), each placed before
   * `messages[before]` (`before === messages.length`: after the last message). Converse only:
   * the facade refuses them on another route.
   */
  systemMessages?: { before: number; content: SystemPart[] }[];
  tools?: ModelTool[];
  toolChoice?: ToolChoice;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stopSequences?: string[];
  /** Checked against the model's row by the facade; the family maps it to its wire field. */
  reasoning?: ReasoningSetting;
  /**
   * Structured output: the answer text is JSON that fits `schema` (Converse `outputConfig.textFormat`,
   * native Claude `output_config.format`). Set by `generateObject` / `streamObject` in `mode: 'json'`.
   */
  responseFormat?: { type: 'json'; schema: Record<string, unknown>; name?: string; description?: string };
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
