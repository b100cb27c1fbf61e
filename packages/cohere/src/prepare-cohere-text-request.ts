import { InputError, type ModelInfo, type ModelRequest, type NativeRequest } from '@bedrock-kit/core';

/**
 * The legacy Command (text) body: `{ prompt, max_tokens, temperature, p,
 * stop_sequences }`. These models complete one prompt: no system prompt,
 * no chat turns, no tools, no attachments — each is an `InputError` naming
 * the rule, never silently dropped.
 */
export function prepareCohereTextRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  const refuse = (what: string) =>
    new InputError({
      message:
        `${model.modelId} (legacy Cohere Command) takes a single text prompt on InvokeModel and can't carry ${what}. ` +
        'Use Command R (cohere.command-r-v1:0) or Command R+ (cohere.command-r-plus-v1:0) for chat, system prompts, tools and documents.',
    });
  if (request.system !== undefined && request.system !== '') throw refuse('a system prompt');
  if (request.tools && request.tools.length > 0) throw refuse('tools');
  const [only, ...rest] = request.messages;
  if (!only || rest.length > 0 || only.role !== 'user') throw refuse('a multi-turn conversation (send exactly one user message)');
  const parts = typeof only.content === 'string' ? [{ type: 'text' as const, text: only.content }] : only.content;
  const texts = parts.map((part) => {
    if (part.type !== 'text') throw refuse(`${part.type} parts`);
    return part.text;
  });

  const body: Record<string, unknown> = { prompt: texts.join('\n\n') };
  if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.topP !== undefined) body.p = request.topP;
  if (request.stopSequences && request.stopSequences.length > 0) body.stop_sequences = request.stopSequences;
  return { body: { ...body, ...request.additionalModelRequestFields } };
}
