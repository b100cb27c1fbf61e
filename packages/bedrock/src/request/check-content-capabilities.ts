import type { CachePointPart, ModelCapabilities, ModelRequest, Part } from '@bedrock-kit/core';
import { throwInputError } from './throw-input-error';

/**
 * The round-two row checks of one request (API.md "Second round"): `reasoning` against the row
 * (`reasoning`, `reasoningEfforts`, `alwaysReasons`), structured output, video, document citations,
 * and cache points placed by hand (`promptCaching`, `promptCacheTtls`), tool-result content included.
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
  const checkCachePoint = (part: CachePointPart) => {
    require(caps.promptCaching, 'prompt caching (cache-point parts)');
    if (part.ttl !== undefined && !ttls.includes(part.ttl)) throwInputError(`${id}: a cache point's ttl '${part.ttl}' is not one this model takes (${ttls.join(', ')}).`);
  };
  const checkPart = (part: Part) => {
    if (part.type === 'video') require(caps.video === true, 'video input');
    if (part.type === 'image') require(caps.images, 'image input');
    if (part.type === 'document') {
      require(caps.documents, 'document input');
      if (part.citations) require(caps.citations, 'document citations');
    }
    if (part.type === 'cache-point') checkCachePoint(part);
    if (part.type === 'tool-result') part.content?.forEach(checkPart);
  };
  for (const part of request.systemParts ?? []) if (part.type === 'cache-point') checkCachePoint(part);
  for (const { content } of request.systemMessages ?? []) for (const part of content) if (part.type === 'cache-point') checkCachePoint(part);
  for (const message of request.messages) if (typeof message.content !== 'string') message.content.forEach(checkPart);
}
