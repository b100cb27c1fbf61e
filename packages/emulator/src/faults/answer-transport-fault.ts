import { gzipBomb } from './gzip-bomb';
import type { ServiceModel } from '../load-service-model';
import type { Script } from '../script';
import { writeBody, writeGenerated, type Exchange } from '../write-response';

/**
 * The transport faults that replace the answer (`redirect`, `gzipBomb`,
 * `largeError`); true when one was written.
 */
export async function answerTransportFault(exchange: Exchange, script: Script, context: { model: ServiceModel }): Promise<boolean> {
  if (script.redirect) {
    const status = script.redirect.status ?? 307;
    const body = JSON.stringify({ message: `Moved: ${script.redirect.location}` });
    await writeBody(exchange, status, { Location: script.redirect.location, 'Content-Type': 'application/json' }, body);
    return true;
  }
  if (script.gzipBomb) {
    const bytes = await gzipBomb(script.gzipBomb.inflatedBytes ?? 256 * 1024 * 1024);
    await writeBody(exchange, script.gzipBomb.status ?? 200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, bytes);
    return true;
  }
  if (script.largeError) {
    const type = script.largeError.type ?? 'InternalServerException';
    const status = script.largeError.status ?? context.model.shapes[type]?.error?.httpStatusCode ?? 500;
    const head = Buffer.from('{"message":"', 'utf8');
    const tail = Buffer.from('"}', 'utf8');
    const total = Math.max(script.largeError.bytes, head.length + tail.length);
    await writeGenerated(exchange, status, { 'Content-Type': 'application/json', 'x-amzn-ErrorType': type }, total, (offset, size) => {
      const piece = Buffer.alloc(size, 0x78); // 'x'
      // Only the first and last pieces hold the JSON around the message.
      if (offset < head.length) head.copy(piece, 0, offset, Math.min(head.length, offset + size));
      const tailStart = total - tail.length;
      if (offset + size > tailStart) tail.copy(piece, Math.max(0, tailStart - offset), Math.max(0, offset - tailStart));
      return piece;
    });
    return true;
  }
  return false;
}

