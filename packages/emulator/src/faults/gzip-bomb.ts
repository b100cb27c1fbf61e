import { constants, createGzip } from 'node:zlib';

const bombs = new Map<number, Promise<Uint8Array>>();

/**
 * A gzip body that inflates to `inflatedBytes` spaces: deflate at level 9
 * reaches about 1,000:1, so 256 MiB inflated is about 250 KB on the wire.
 * Built at run time (never at import) by streaming one reused 1 MiB buffer
 * through the compressor, so the emulator never holds the inflated bytes;
 * cached per size for the life of the process.
 */
export function gzipBomb(inflatedBytes: number): Promise<Uint8Array> {
  let bomb = bombs.get(inflatedBytes);
  if (!bomb) {
    bomb = compressSpaces(inflatedBytes);
    bombs.set(inflatedBytes, bomb);
  }
  return bomb;
}

async function compressSpaces(total: number): Promise<Uint8Array> {
  const gzip = createGzip({ level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    gzip.once('end', resolve);
    gzip.once('error', reject);
  });
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let written = 0; written < total; written += block.length) {
    const piece = Math.min(block.length, total - written);
    if (!gzip.write(piece === block.length ? block : block.subarray(0, piece))) {
      await new Promise<void>((resolve) => gzip.once('drain', () => resolve()));
    }
  }
  gzip.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
