import type { ModelRequest, NativeResponseContext } from '@bedrock-kit/core';

/**
 * The response context, plus the request when the facade passes it: the codec
 * needs `request.stopSequences` to cut the answer client-side (the native body
 * has no stop parameter). Without it the answer is returned uncut.
 */
export type MetaLlamaResponseContext = Omit<NativeResponseContext, 'request'> & { request?: Pick<ModelRequest, 'stopSequences'> };
