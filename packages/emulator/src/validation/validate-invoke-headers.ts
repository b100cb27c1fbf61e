import type { ServiceModel } from '../load-service-model';
import { formatViolations, validateShape, type ShapeViolation } from './validate-shape';

/** Headers that carry the payload's media types, not settings. */
const MEDIA_HEADERS = new Set(['content-type', 'accept', 'x-amzn-bedrock-accept']);

/**
 * Validates the settings InvokeModel / InvokeModelWithResponseStream carry in
 * headers against the members the service model binds to headers (guardrail
 * identifier and version, trace, service tier, latency, request metadata):
 * each value against its shape (enum, length, pattern); the request-metadata
 * header as JSON whose object fits the `RequestMetadata` map (1–16 entries,
 * key and value patterns); a guardrail identifier and version only together.
 * Returns the service-style message of the first problems, else undefined.
 * `headers` has lower-case names.
 */
export function validateInvokeHeaders(model: ServiceModel, shapeName: string, headers: Record<string, string>): string | undefined {
  const members = model.shapes[shapeName]?.members ?? {};
  const violations: ShapeViolation[] = [];
  for (const [name, member] of Object.entries(members)) {
    if (member.location !== 'header' || !member.locationName) continue;
    const header = member.locationName.toLowerCase();
    if (MEDIA_HEADERS.has(header)) continue;
    const value = headers[header];
    if (value === undefined) continue;
    violations.push(...validateShape(model, member.shape, value, name));
    if (name === 'requestMetadata' && violations.length === 0) violations.push(...validateMetadataJson(model, value));
  }
  if (violations.length > 0) return formatViolations(violations);
  const id = headers['x-amzn-bedrock-guardrailidentifier'];
  const version = headers['x-amzn-bedrock-guardrailversion'];
  if (id !== undefined && id !== '' && (version === undefined || version === '')) {
    return 'The X-Amzn-Bedrock-GuardrailVersion header is required when X-Amzn-Bedrock-GuardrailIdentifier is set.';
  }
  if (version !== undefined && version !== '' && (id === undefined || id === '')) {
    return 'The X-Amzn-Bedrock-GuardrailIdentifier header is required when X-Amzn-Bedrock-GuardrailVersion is set.';
  }
  return undefined;
}

function validateMetadataJson(model: ServiceModel, text: string): ShapeViolation[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [{ path: 'requestMetadata', value: text, constraint: 'Member must be a JSON object of string keys and string values' }];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return [{ path: 'requestMetadata', value: text, constraint: 'Member must be a JSON object of string keys and string values' }];
  }
  return validateShape(model, 'RequestMetadata', parsed, 'requestMetadata');
}
