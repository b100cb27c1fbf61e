/** The parts of a chat-completions tool call (whole, or a stream delta) that we read. */
export interface OpenaiOssToolCallFields {
  /** The model's ID, or `call_<index>` when it sent none. */
  id: string;
  name: string;
  /** JSON text (whole or a piece of it); not parsed here. */
  arguments: unknown;
}

/** Reads `id`, `function.name` and `function.arguments` of a tool call, tolerating missing fields. */
export function readOpenaiOssToolCall(call: Record<string, any> | undefined, index: number): OpenaiOssToolCallFields {
  return {
    id: typeof call?.id === 'string' && call.id !== '' ? call.id : `call_${index}`,
    name: String(call?.function?.name ?? ''),
    arguments: call?.function?.arguments,
  };
}
