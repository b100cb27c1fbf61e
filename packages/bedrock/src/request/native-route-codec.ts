import type { NativeCodec } from '@bedrock-kit/core';
import { parseNativeChunk } from './parse-native-chunk';
import type { RouteCodec } from './route-codec';

// One codec per family value, made on first use: nothing runs at import time, and no call allocates one.
let codecs: WeakMap<NativeCodec, RouteCodec> | undefined;

/** A family's native codec on the InvokeModel route: its `chunk` events carry the model's own JSON, base64-encoded. */
export function readNativeRouteCodec(native: NativeCodec): RouteCodec {
  let codec = (codecs ??= new WeakMap()).get(native);
  if (!codec) {
    codec = {
      // chooseRoute picks InvokeModel only for a model its family resolved, so `model` is set.
      prepareRequest: (request, model) => native.prepareRequest(request, model!),
      parseResponse: (body, context) => native.parseResponse(body, context),
      createStreamParser: (context) => native.createStreamParser(context),
      readStreamEvent: readNativeChunk,
    };
    codecs.set(native, codec);
  }
  return codec;
}

function readNativeChunk(eventType: string, payload: unknown): unknown {
  return eventType === 'chunk' ? parseNativeChunk(payload) : undefined;
}
