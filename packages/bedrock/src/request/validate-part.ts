import type { Part } from '@bedrock-kit/core';
import { isPlainPart, readExtendedCode } from './extended/load-extended-code';
import { isJsonValue } from './is-json-value';
import { refuseRequest } from './refusal/refuse-request';

/**
 * The rules of one part known before sending (API.md "Parts"). Plain text, tool calls and tool
 * results are checked here (a tool result's output must be JSON); every other part (media, cache
 * points, guarded text, reasoning, tool-result content) by the code of round two's request
 * features, loaded before such a request is prepared (`validateExtendedPart`).
 */
export function validatePart(part: Part, path: string): void {
  if (!isPlainPart(part)) return readExtendedCode().validateExtendedPart(part, path);
  if (part.type === 'tool-result' && !isJsonValue(part.output)) refuseRequest('toolOutput', part.id);
}
