import type { ModelCapabilities, ModelRequest, Part, SystemPart } from '@bedrock-kit/core';
import { throwInputError } from '../throw-input-error';

/**
 * The round-two row checks of one request (API.md "Second round"): `reasoning` against the row
 * (`reasoning`, `reasoningEfforts`, `alwaysReasons`), structured output, video, document citations,
 * cache points placed by hand (`promptCaching`, `promptCacheTtls`) and tool parts (`tools`), tool-result content included.
 * `require(capable, feature)` throws the facade's "has no …" `InputError`.
 */
export function checkContentCapabilities(
  request: ModelRequest,
  caps: ModelCapabilities,
  require: (capable: boolean, feature: string) => void,
  id: string,
): void {
  const { reasoning } = request;
  if (reasoning !== undefined) {
    require(caps.reasoning, 'reasoning');
    const efforts = caps.reasoningEfforts ?? [];
    if (reasoning === 'none') {
      if (caps.alwaysReasons) throwInputError(`reasoning: ${id} always reasons, so 'none' can't be honoured; drop it or pick a level.`);
    } else if (typeof reasoning === 'string' && !caps.alwaysReasons && !efforts.includes(reasoning)) {
      throwInputError(
        efforts.length === 0
          ? `reasoning: ${id} takes a token budget only ({ budgetTokens }); got '${reasoning}'.`
          : `reasoning: ${id} takes ${efforts.map((level) => `'${level}'`).join(', ')} or { budgetTokens }; got '${reasoning}'.`,
      );
    }
  }
  require(!request.responseFormat || caps.structuredOutput === true, 'structured output (generateObject mode: json)');
  require(!request.systemMessages?.length || caps.systemPrompt, 'system prompt');
  const ttls = caps.promptCacheTtls ?? (caps.promptCaching ? ['5m'] : []);
  const checkPart = (part: Part | SystemPart): void => {
    if (part.type === 'cache-point') {
      require(caps.promptCaching, 'prompt caching (cache-point parts)');
      if (part.ttl !== undefined && !ttls.includes(part.ttl)) throwInputError(`${id}: a cache point's ttl '${part.ttl}' is not one this model takes (${ttls.join(', ')}).`);
    }
    if (part.type === 'video') require(caps.video === true, 'video input');
    if (part.type === 'image') require(caps.images, 'image input');
    if (part.type === 'document') {
      require(caps.documents, 'document input');
      if (part.citations) require(caps.citations, 'document citations');
    }
    if (part.type === 'tool-call' || part.type === 'tool-result') require(caps.tools, 'tool calling');
    if (part.type === 'tool-result') part.content?.forEach(checkPart);
  };
  // System parts and system messages hold text and cache points only (checked when prepared).
  request.systemParts?.forEach(checkPart);
  for (const { content } of [...(request.systemMessages ?? []), ...request.messages]) if (typeof content !== 'string') content.forEach(checkPart);
}
