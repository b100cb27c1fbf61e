import { createHash, createHmac } from 'node:crypto';

/**
 * SHA-256 of `data` (HMAC-SHA-256 under `key`) as lower-case hex, on `node:crypto`: the string
 * is UTF-8 encoded and the hex written natively, so a signature needs no TextEncoder or hex loop.
 */
export async function nodeSha256Hex(data: string | Uint8Array, key?: Uint8Array): Promise<string> {
  return (key === undefined ? createHash('sha256') : createHmac('sha256', key)).update(data).digest('hex');
}
