import { loadOnUse, readLoaded, type CodeOnUse, type Part, type RequestMessage, type TextPart, type ToolCallPart, type ToolResultPart } from '@bedrock-kit/core';

/** Round two's request features, loaded before a request that uses one is prepared. */
const extendedCode: CodeOnUse<typeof import('./extended-code')> = {
  what: 'the code of round two request features (system parts, reasoning, structured output, media and other parts)',
  load: () => import('./extended-code'),
};

/** Loads round two's request features (`extended-code.ts`) once; a call that uses one waits for it before it is prepared. */
export function loadExtendedCode(): Promise<typeof import('./extended-code')> {
  return loadOnUse(extendedCode);
}

/** Round two's request features, which `loadExtendedCode` has loaded: `needsExtendedCode` decided that before any of them is read. */
export function readExtendedCode(): typeof import('./extended-code') {
  return readLoaded(extendedCode);
}

/** The request fields that decide whether the extended code is needed (the raw request, or a step's `ModelRequest`). */
export interface ExtendedFeatures {
  system?: unknown;
  reasoning?: unknown;
  responseFormat?: unknown;
  messages?: readonly unknown[] | unknown;
  systemMessages?: readonly unknown[];
  systemParts?: readonly unknown[];
}

/** Whether the extended code is still to load for this request (`hasExtendedFeatures`). */
export function needsExtendedCode(request: ExtendedFeatures): boolean {
  return !extendedCode.module && hasExtendedFeatures(request);
}

/**
 * Whether a request (the raw one, or a prepared `ModelRequest`) uses one of round two's features:
 * `system` as parts, a message of role `system`, `reasoning`, structured output, or a part other than
 * plain text, a tool call and a tool result without `content`. Anything unusual (a malformed part
 * included) counts, so that its rules, which live in the extended code, judge it.
 */
export function hasExtendedFeatures(request: ExtendedFeatures): boolean {
  const { system, messages } = request;
  if ((system !== undefined && typeof system !== 'string') || request.reasoning !== undefined || request.responseFormat !== undefined) return true;
  if (request.systemMessages?.length || request.systemParts?.length) return true;
  return Array.isArray(messages) && messages.some((message: RequestMessage | null | undefined) => message?.role === 'system' || (typeof message?.content !== 'string' && !(Array.isArray(message?.content) && message.content.every(isPlainPart))));
}

/** Plain text, a tool call, a tool result without `content`: what the base code validates and converts itself. */
export function isPlainPart(part: Part | null | undefined): part is TextPart | ToolCallPart | ToolResultPart {
  switch (part?.type) {
    case 'text':
      return part.guard === undefined;
    case 'tool-call':
      return true;
    case 'tool-result':
      return part.content === undefined;
    default:
      return false;
  }
}
