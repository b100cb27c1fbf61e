import type { ModelRequest } from '@bedrock-kit/core';

/**
 * Whether the native body can carry the request. When it can't and the caller forced no route, the
 * facade sends it through Converse instead of failing: image or document data in S3 (the native
 * body takes S3 for video only) and `guard` text parts (`guardContent` is Converse only).
 */
export function acceptsNovaRequest(request: ModelRequest): boolean {
  return !request.messages.some(
    (message) =>
      typeof message.content !== 'string' &&
      message.content.some((part) => {
        const loose = part as { type: string; data?: unknown; guard?: unknown };
        if (loose.type === 'text') return Boolean(loose.guard);
        const s3 = typeof loose.data === 'object' && loose.data !== null && !(loose.data instanceof Uint8Array);
        return s3 && (loose.type === 'image' || loose.type === 'document');
      }),
  );
}
