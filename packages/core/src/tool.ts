import type { ToolResultContentPart } from './message';
import type { Schema } from './schema';

/** Context handed to a tool's `execute`. */
export interface ToolExecutionContext {
  toolCallId: string;
  abortSignal?: AbortSignal;
}

/** A tool the model may call. */
export interface Tool<Input = any, Output = unknown> {
  description?: string;
  /** zod schema, `jsonSchema(...)`, or a JSON Schema object (must describe an object). */
  inputSchema: Schema<Input>;
  /** Runs the tool in the tool loop (`maxSteps` > 1). Without it the call is returned to you. */
  execute?: (input: Input, context: ToolExecutionContext) => Output | Promise<Output>;
  /**
   * What the model sees of `execute`'s output: parts (text, image, document, video) sent as the
   * tool result's `content` instead of the output as JSON.
   */
  // A method, not a function property: a `Tool<Input, Output>` stays assignable to `Tool` (method parameters are bivariant).
  toModelOutput?(output: Output): ToolResultContentPart[];
  /** Ask the service to enforce the input schema on the model's calls (Converse `ToolSpecification.strict`). */
  strict?: boolean;
}

/** How the model must use tools. */
export type ToolChoice = 'auto' | 'required' | 'none' | { tool: string };

/** A tool as a family sees it: the schema already prepared. */
export interface ModelTool {
  name: string;
  description?: string;
  inputSchema: Record<string, unknown>;
  /** Schema enforcement on the model's calls (Converse `toolSpec.strict`, native Claude `strict`). */
  strict?: boolean;
}

/**
 * Defines a tool with its input type inferred from `inputSchema`, so `execute` receives typed input
 * (zod: `z.infer` of the schema; `jsonSchema<T>()`: `T`). Returns the definition unchanged.
 *
 * @example
 * const weather = tool({
 *   description: 'Weather in a city',
 *   inputSchema: z.object({ city: z.string() }),
 *   execute: async ({ city }) => ({ city, temperatureC: 3 }), // city: string
 * });
 * await bedrock.generateText({ model, prompt: 'Weather in Oslo?', tools: { weather }, maxSteps: 2 });
 */
export function tool<Input, Output = unknown>(definition: Tool<Input, Output>): Tool<Input, Output> {
  return definition;
}
