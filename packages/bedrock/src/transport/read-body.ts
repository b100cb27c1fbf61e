import { tagNetworkFailure } from './network-failure';

/**
 * Reads a body's decoded bytes (after any `Content-Encoding` was undone) up to `limit`:
 * past it, the rest is cancelled unread and `over` is true, so a gzip bomb or a huge
 * error body never sits in memory whole.
 */
export async function readBody(response: Response, limit: number): Promise<{ text: string; over: boolean }> {
  const reader = response.body?.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  try {
    while (reader && size <= limit) {
      const { done, value } = await reader.read();
      if (done) return { text: await new Blob(chunks).text(), over: false };
      chunks.push(value as Uint8Array<ArrayBuffer>);
      size += value.length;
    }
  } catch (error) {
    throw tagNetworkFailure(error);
  }
  reader?.cancel().catch(() => {});
  return { text: await new Blob(chunks).text(), over: reader !== undefined };
}
