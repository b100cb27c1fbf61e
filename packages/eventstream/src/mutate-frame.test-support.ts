import { crc32 } from './crc32';
import type { SeededRandom } from './seeded-random.test-support';
import { CHECKSUM_BYTES, PRELUDE_BYTES } from './wire-format';

/** How a frame was damaged; recorded so a failing case can be described and replayed. */
export type Mutation = 'bit-flip' | 'byte-set' | 'insert' | 'delete' | 'length-edit' | 'headers-length-edit' | 'truncate' | 'garbage';

export interface MutatedFrame {
  bytes: Uint8Array;
  mutations: Mutation[];
  /** Whether both CRCs were recomputed after mutating, so parsing gets past the checksums. */
  checksumsFixed: boolean;
}

const mutations: Mutation[] = ['bit-flip', 'byte-set', 'insert', 'delete', 'length-edit', 'headers-length-edit', 'truncate', 'garbage'];

/** Interesting values for a uint32 length field: around every boundary the decoder checks. */
function lengthValue(random: SeededRandom, frameLength: number): number {
  const picks = [0, 1, 11, 12, 15, 16, 17, frameLength - 1, frameLength + 1, 0xffff, 16 * 1024 * 1024, 16 * 1024 * 1024 + 1, 0x7fffffff, 0xffffffff];
  return random.next() < 0.7 ? picks[random.int(picks.length)]! >>> 0 : random.int(0x1_0000_0000);
}

function writeUint32(bytes: Uint8Array, offset: number, value: number): void {
  if (offset + 4 > bytes.length) return;
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(offset, value >>> 0);
}

function applyMutation(bytes: Uint8Array, mutation: Mutation, random: SeededRandom): Uint8Array {
  const at = random.int(bytes.length + 1);
  switch (mutation) {
    case 'bit-flip':
      if (bytes.length > 0) bytes[at % bytes.length]! ^= 1 << random.int(8);
      return bytes;
    case 'byte-set':
      if (bytes.length > 0) bytes[at % bytes.length] = random.int(256);
      return bytes;
    case 'insert': {
      const count = 1 + random.int(8);
      const out = new Uint8Array(bytes.length + count);
      out.set(bytes.subarray(0, at));
      for (let i = 0; i < count; i++) out[at + i] = random.int(256);
      out.set(bytes.subarray(at), at + count);
      return out;
    }
    case 'delete': {
      const count = Math.min(1 + random.int(8), bytes.length - Math.min(at, bytes.length));
      const out = new Uint8Array(bytes.length - count);
      out.set(bytes.subarray(0, at));
      out.set(bytes.subarray(at + count), at);
      return out;
    }
    case 'length-edit':
      writeUint32(bytes, 0, lengthValue(random, bytes.length));
      return bytes;
    case 'headers-length-edit':
      writeUint32(bytes, 4, lengthValue(random, bytes.length));
      return bytes;
    case 'truncate':
      return bytes.slice(0, at);
    case 'garbage': {
      const out = new Uint8Array(random.int(64));
      for (let i = 0; i < out.length; i++) out[i] = random.int(256);
      return out;
    }
  }
}

/** Rewrites both CRC fields to match the (mutated) bytes, as far as the bytes allow. */
export function fixChecksums(bytes: Uint8Array): void {
  if (bytes.length >= PRELUDE_BYTES + CHECKSUM_BYTES) writeUint32(bytes, PRELUDE_BYTES, crc32(bytes, 0, PRELUDE_BYTES));
  if (bytes.length >= PRELUDE_BYTES + 2 * CHECKSUM_BYTES) {
    const at = bytes.length - CHECKSUM_BYTES;
    writeUint32(bytes, at, crc32(bytes, 0, at));
  }
}

/**
 * Damages a copy of `frame` with 1–3 random mutations. With `fixChecksums`
 * the CRCs are then recomputed (and the total length set to the real length,
 * unless a length edit was drawn) so the damage reaches header and payload parsing.
 * Shared by the unit fuzz test and the `npm run fuzz` script.
 */
export function mutateFrame(frame: Uint8Array, random: SeededRandom, fix: boolean): MutatedFrame {
  let bytes: Uint8Array = frame.slice();
  const applied: Mutation[] = [];
  const count = 1 + random.int(3);
  for (let i = 0; i < count; i++) {
    const mutation = mutations[random.int(mutations.length)]!;
    bytes = applyMutation(bytes, mutation, random);
    applied.push(mutation);
  }
  if (fix) {
    if (!applied.includes('length-edit')) writeUint32(bytes, 0, bytes.length);
    fixChecksums(bytes);
  }
  return { bytes, mutations: applied, checksumsFixed: fix };
}
