import { enableDocumentCitations, InputError, type ConverseRequestBody, type ModelInfo, type ModelRequest } from '@bedrock-kit/core';

/**
 * Cohere quirks on the Converse route, applied to the body the facade built:
 *
 * - Document blocks ask for citations (`citations: { enabled: true }`, the
 *   service model's `DocumentBlock.citations` / `CitationsConfig`), so answers
 *   come back with `citationsContent` blocks. `providerOptions.cohereCitations: false`
 *   turns this off. A `citations` setting already on a block is kept.
 * - `toolChoice: { tool }` is documented as "only supported by Anthropic Claude 3
 *   and Amazon Nova models" (service model `ToolChoice.tool`). When it names the
 *   only tool it is sent as the equivalent `{ any: {} }`; otherwise it is an `InputError`.
 *
 * Returns a new body; the one given is not changed.
 */
export function prepareCohereConverseRequest(
  body: ConverseRequestBody,
  request: ModelRequest,
  model: ModelInfo,
): ConverseRequestBody {
  const citations = model.capabilities.citations && request.providerOptions.cohereCitations !== false;
  const next = citations ? enableDocumentCitations(body) : { ...body };
  const { toolConfig } = body;
  const forced = (toolConfig?.toolChoice as { tool?: { name: string } } | undefined)?.tool;
  if (toolConfig && forced) {
    // The facade has checked that the named tool is one of the tools.
    if (toolConfig.tools.length > 1) {
      throw new InputError({
        message: `Converse can't force tool "${forced.name}" on ${model.modelId}: only Anthropic Claude 3 and Amazon Nova models take toolChoice { tool }. Use 'required', or pass only that tool.`,
      });
    }
    next.toolConfig = { ...toolConfig, toolChoice: { any: {} } };
  }
  return next;
}
