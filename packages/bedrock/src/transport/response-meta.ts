/** Facts from a failed response the retry logic needs, kept off the public error objects. */
export interface ResponseMeta {
  retryAfterMs?: number;
  /** The server's `Date` header, for clock-skew correction. */
  serverDateMs?: number;
}

const metaByError = new WeakMap<object, ResponseMeta>();

export function attachResponseMeta<T extends object>(error: T, meta: ResponseMeta): T {
  metaByError.set(error, meta);
  return error;
}

export function getResponseMeta(error: unknown): ResponseMeta | undefined {
  return typeof error === 'object' && error !== null ? metaByError.get(error) : undefined;
}
