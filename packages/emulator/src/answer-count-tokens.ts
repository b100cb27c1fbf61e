import { countTokens } from './conversation/conversation-view';
import { viewConverseRequest } from './conversation/view-converse-request';
import type { RecordedRequest } from './emulator';
import type { NativeFamily } from './families/native-family';
import { findNativeFamily } from './families/registry';
import { resolveBaseModelId } from './families/resolve-model';
import type { ServiceModel } from './load-service-model';
import { validateConverseSemantics } from './validation/validate-converse-semantics';
import { formatViolations, validateShape } from './validation/validate-shape';
import { writeAwsError, writeJson, type Exchange } from './write-response';

/**
 * CountTokens (`POST /model/{id}/count-tokens`): validated against the
 * service model's `CountTokensRequest`; `input.converse` is counted exactly
 * as a Converse call counts its `usage.inputTokens` (without cache points),
 * `input.invokeModel.body` (base64 of the native body) as InvokeModel
 * counts it — so a test can compare both. The model must be a foundation
 * model ID: the service counts for the model, not for a profile.
 */
export function answerCountTokens(exchange: Exchange, request: RecordedRequest & { modelId: string }, model: ServiceModel, families: readonly NativeFamily[]): Promise<void> {
  const invalid = (message: string) => writeAwsError(exchange, { status: 400, type: 'ValidationException', message });
  const base = resolveBaseModelId(request.modelId);
  if (base === undefined) return invalid('The provided model identifier is invalid.');
  if (base !== request.modelId) {
    return invalid(`CountTokens takes a foundation model ID (${base}), not an inference profile ID or ARN: ${request.modelId}.`);
  }
  let body: any;
  try {
    body = request.bodyText === '' ? {} : JSON.parse(request.bodyText);
  } catch {
    return writeAwsError(exchange, { status: 400, type: 'SerializationException', message: 'Unable to parse the request body as JSON.' });
  }
  const violations = validateShape(model, 'CountTokensRequest', body);
  if (violations.length > 0) return invalid(formatViolations(violations));
  if (body.input.converse) {
    const rule = validateConverseSemantics(body.input.converse);
    if (rule) return invalid(rule);
    const view = viewConverseRequest(body.input.converse);
    return writeJson(exchange, 200, { inputTokens: Math.max(1, countTokens(view.inputText)) });
  }
  let native: unknown;
  try {
    native = JSON.parse(Buffer.from(String(body.input.invokeModel.body), 'base64').toString('utf8'));
  } catch {
    return invalid('Malformed input request: input.invokeModel.body must be the base64 of a JSON body, please reformat your input and try again.');
  }
  if (typeof native !== 'object' || native === null || Array.isArray(native)) {
    return invalid('Malformed input request: #: expected type: JSONObject, please reformat your input and try again.');
  }
  const family = findNativeFamily(base, families);
  if (!family) return writeJson(exchange, 200, { inputTokens: Math.max(1, countTokens(JSON.stringify(native))) });
  const message = family.validate(native as Record<string, unknown>);
  if (message) return invalid(message);
  return writeJson(exchange, 200, { inputTokens: Math.max(1, countTokens(family.view(native as Record<string, unknown>).inputText)) });
}
