import type { DeepPartial, ObjectStream } from './calls/stream-object';

/**
 * An `ObjectStream` whose code is loaded when it is first read: `open` (loading the
 * `streamObject` chunk and making the stream) runs on the first `partialObjectStream`
 * iteration or the first `object` / `result`, and once; every reader then reads that one
 * stream, as they read the stream `streamObject` returns. Nothing is loaded or sent before.
 */
export function createObjectStreamOnUse<T>(open: () => Promise<ObjectStream<T>>): ObjectStream<T> {
  let opened: Promise<ObjectStream<T>> | undefined;
  const stream = () => (opened ??= open());
  return {
    partialObjectStream: { [Symbol.asyncIterator]: () => readPartialObjects(stream) },
    get object() {
      return stream().then((inner) => inner.object);
    },
    get result() {
      return stream().then((inner) => inner.result);
    },
  };
}

// A generator, so a reader that stops before its first value loads nothing, and `return` / `throw` reach the stream's own reader.
async function* readPartialObjects<T>(stream: () => Promise<ObjectStream<T>>): AsyncGenerator<DeepPartial<T>> {
  yield* (await stream()).partialObjectStream;
}
