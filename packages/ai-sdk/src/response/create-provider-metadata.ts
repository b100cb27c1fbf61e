import type { JSONObject, SharedV4ProviderMetadata } from '@ai-sdk/provider';
import type { GenerateTextResult } from '@bedrock-kit/core';
import { providerOptionsKey } from '../request/read-bedrock-kit-options';

/**
 * `providerMetadata.bedrockKit`: which API answered, the request ID, citations,
 * bedrock-kit's warnings, and whatever bedrock-kit reports under `providerMetadata.bedrock` (trace,
 * service tier, latency …) where its version has it.
 */
export function createProviderMetadata(result: GenerateTextResult): SharedV4ProviderMetadata {
  const bedrock = (result as { providerMetadata?: { bedrock?: unknown } }).providerMetadata?.bedrock;
  const metadata: Record<string, unknown> = {
    ...(typeof bedrock === 'object' && bedrock !== null ? bedrock : {}),
    api: result.api,
    ...(result.requestId !== undefined ? { requestId: result.requestId } : {}),
    ...(result.citations && result.citations.length > 0 ? { citations: result.citations } : {}),
    // A stream's warnings part comes first, before bedrock-kit knows its own (e.g. a replayed answer): they are here.
    ...(result.warnings.length > 0 ? { warnings: result.warnings } : {}),
  };
  // JSON round trip: provider metadata must be plain JSON (no undefined, no class instances).
  return { [providerOptionsKey]: JSON.parse(JSON.stringify(metadata)) as JSONObject };
}
