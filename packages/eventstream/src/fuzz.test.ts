import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StreamError } from '@bedrock-kit/core';
import { conformancePath, readCassette } from '@bedrock-kit/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { decodeEventStreamMessage } from './decode-event-stream-message';
import { encodeEventStreamMessage } from './encode-event-stream-message';
import { createFrameSplitter } from './create-frame-splitter';
import { mutateFrame } from './mutate-frame.test-support';
import { createSeededRandom, type SeededRandom } from './seeded-random.test-support';
import { sampleMessages, snapshot } from './test-frames.test-support';

const CASES = 20_000;
/**
 * The work a decode of `n` bytes may do, counted, not timed (so no verdict depends on the machine):
 * at most `WORK_PER_BYTE × n + WORK_PER_DECODE` units, where a unit is one byte checksummed or
 * UTF-8-decoded, one slice taken, or 4 for a uint32 read. A correct decoder does about 2n (each byte is
 * checksummed once and decoded at most once; the prelude's 8 bytes twice): at most 1.83 × (n + 16) in
 * this corpus. One that goes over (a loop that does not advance, work that grows with the square of
 * the input) is stopped by the meter the moment it does, so it fails with the case named, never hangs.
 */
const WORK_PER_BYTE = 3;
const WORK_PER_DECODE = 32;
/** Faults only header parsing can raise: proof the CRC-fixed half gets that far. */
const HEADER_FAULTS = new Set(['HeaderOverrun', 'InvalidHeaderName', 'InvalidHeaderType', 'InvalidHeaderValue', 'DuplicateHeader']);

/** Counts the decoder's work while `run` runs, and stops it (`WorkLimitExceeded`) past `limit`. */
const meter = vi.hoisted(() => {
  class WorkLimitExceeded extends Error {
    override name = 'WorkLimitExceeded';
  }
  const state = { active: false, used: 0, limit: 0 };
  return {
    charge(units: number): void {
      if (!state.active) return;
      state.used += units;
      if (state.used > state.limit) {
        state.active = false; // what runs after the throw (the error path) is not charged
        throw new WorkLimitExceeded(`decoding did ${state.used} units of work, over the ${state.limit} allowed`);
      }
    },
    /** Runs `work` metered; returns what it used. Throws what it throws. */
    run(limit: number, work: () => void): number {
      Object.assign(state, { active: true, used: 0, limit });
      try {
        work();
      } finally {
        state.active = false;
      }
      return state.used;
    },
    /** What the last run used, whether it returned or threw. */
    get used(): number {
      return state.used;
    },
  };
});

// The decoder's own functions, each charging the meter for its work, then doing it.
vi.mock('./crc32', async (importOriginal) => {
  const { crc32 } = await importOriginal<typeof import('./crc32')>();
  return { crc32: (bytes: Uint8Array, start: number, end: number) => (meter.charge(Math.max(1, end - start)), crc32(bytes, start, end)) };
});
vi.mock('./decode-utf8', async (importOriginal) => {
  const { decodeUtf8 } = await importOriginal<typeof import('./decode-utf8')>();
  return { decodeUtf8: (bytes: Uint8Array, start: number, end: number) => (meter.charge(Math.max(1, end - start)), decodeUtf8(bytes, start, end)) };
});
vi.mock('./read-uint32', async (importOriginal) => {
  const { readUint32 } = await importOriginal<typeof import('./read-uint32')>();
  return { readUint32: (bytes: Uint8Array, offset: number) => (meter.charge(4), readUint32(bytes, offset)) };
});

/**
 * Bytes whose every slice charges the meter: the splitter slices each chunk it copies from, so a copy
 * loop that stopped advancing is stopped too. Still a Uint8Array to the splitter's tag check.
 */
class MeteredBytes extends Uint8Array {
  override subarray(start?: number, end?: number) {
    meter.charge(1);
    return super.subarray(start, end);
  }
}

const allowedWork = (length: number): number => WORK_PER_BYTE * length + WORK_PER_DECODE;

/** Seed frames: the conformance vectors, real Bedrock frames, and frames with every header type. */
function seedFrames(): Uint8Array[] {
  const positive = conformancePath('eventstream', 'encoded', 'positive');
  const frames: Uint8Array[] = readdirSync(positive).map((name) => new Uint8Array(readFileSync(join(positive, name))));
  const body = readCassette('pydantic-ai', 'test_bedrock_model_stream')[0]!.response.body;
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  for (let offset = 0; offset < body.length && frames.length < 15; offset += view.getUint32(offset)) {
    frames.push(body.slice(offset, offset + view.getUint32(offset)));
  }
  for (const message of sampleMessages(createSeededRandom(3), 12)) frames.push(encodeEventStreamMessage(message));
  return frames;
}

/** Integer-like names are ordered first by JS objects, so such frames re-encode with headers reordered. */
const isArrayIndex = (name: string): boolean => /^(0|[1-9][0-9]*)$/.test(name);

type Outcome = { kind: 'ok' } | { kind: 'fault'; fault: string } | { kind: 'failure'; detail: string };

/** Classifies what decoding did: a clean result, a StreamError, or anything else (a bug). */
function attempt(run: () => void): Outcome {
  try {
    run();
    return { kind: 'ok' };
  } catch (error) {
    if (StreamError.isInstance(error)) return { kind: 'fault', fault: error.errorType ?? '(no errorType)' };
    return { kind: 'failure', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Feeds `bytes` to a splitter in up to three random pieces, then ends the stream; returns the work it took. */
function splitAndFinish(bytes: Uint8Array, random: SeededRandom): number {
  const splitter = createFrameSplitter(16 * 1024 * 1024);
  const first = random.int(bytes.length + 1);
  const second = first + random.int(bytes.length - first + 1);
  const metered = new MeteredBytes(bytes.length);
  metered.set(bytes);
  const pieces = [new MeteredBytes(metered.buffer, 0, first), new MeteredBytes(metered.buffer, first, second - first), new MeteredBytes(metered.buffer, second)];
  return meter.run(allowedWork(bytes.length), () => {
    for (const piece of pieces) splitter.push(piece, () => undefined);
    splitter.finish();
  });
}

/** Decodes one frame under the meter; returns the message and the work it took. */
function decodeMetered(bytes: Uint8Array): { message: ReturnType<typeof decodeEventStreamMessage>; work: number } {
  let message: ReturnType<typeof decodeEventStreamMessage> | undefined;
  const work = meter.run(allowedWork(bytes.length), () => {
    message = decodeEventStreamMessage(bytes);
  });
  return { message: message!, work };
}

describe('fuzz: mutated frames', () => {
  // The meter stops a runaway decoder; the timeout only backs up a hang it could not see, far above the ~3 s this takes.
  it(`${CASES} mutated frames (half with both CRCs recomputed) raise only StreamErrors, each within a work bound linear in its length`, { timeout: 300_000 }, () => {
    const seeds = seedFrames();
    const random = createSeededRandom(0xfa11);
    const failures: string[] = [];
    const faults = new Map<string, number>();
    let decoded = 0;
    /** The most work per byte any case did, whatever its outcome (proof the meter counts). */
    let mostPerByte = 0;
    /** Decoded frames charged less than their length: the meter missed the checksum, so it proves nothing. */
    const unmetered: string[] = [];

    for (let index = 0; index < CASES; index++) {
      const fixed = index % 2 === 0;
      const seed = seeds[random.int(seeds.length)]!;
      const { bytes, mutations } = mutateFrame(seed, random, fixed);
      const label = `case ${index} (${fixed ? 'CRCs fixed' : 'raw'}; ${mutations.join(', ')})`;

      const direct = attempt(() => {
        const { message, work } = decodeMetered(bytes);
        if (work < bytes.length) unmetered.push(`${label}: ${work} units for ${bytes.length} bytes`);
        // Out-of-bounds reads don't throw in JS, so a missing bounds check shows up here instead:
        // whatever decodes must re-encode to the very same bytes.
        const again = encodeEventStreamMessage(message);
        if (!Object.keys(message.headers).some(isArrayIndex)) {
          if (Buffer.compare(again, bytes) !== 0) failures.push(`${label}: decoded, but re-encodes to different bytes`);
        } else if (again.length !== bytes.length) failures.push(`${label}: decoded, but re-encodes to a different length`);
        expect(snapshot(decodeMetered(again).message)).toEqual(snapshot(message));
      });
      const directWork = meter.used; // the first decode's, or the re-encoded frame's when the first succeeded (the same length)
      const streamed = attempt(() => splitAndFinish(bytes, random));
      if (bytes.length > 0) mostPerByte = Math.max(mostPerByte, Math.max(directWork, meter.used) / bytes.length);

      for (const outcome of [direct, streamed]) {
        if (outcome.kind === 'failure') failures.push(`${label}: ${outcome.detail}`);
        if (outcome.kind === 'fault') faults.set(outcome.fault, (faults.get(outcome.fault) ?? 0) + 1);
      }
      if (direct.kind === 'ok') decoded++;
    }

    expect(failures.slice(0, 10)).toEqual([]);
    expect(unmetered.slice(0, 10)).toEqual([]);
    // The meter saw the work: some case was charged more than a unit per byte (every decoded one at least its length, above).
    expect(mostPerByte).toBeGreaterThan(1);
    // The corpus must reach every layer: checksums, lengths, header parsing, and some clean decodes.
    expect(faults.get('PreludeChecksumMismatch')).toBeGreaterThan(1000);
    expect(faults.get('MessageChecksumMismatch')).toBeGreaterThan(1000);
    expect([...faults].filter(([fault]) => HEADER_FAULTS.has(fault)).reduce((sum, [, n]) => sum + n, 0)).toBeGreaterThan(500);
    expect(decoded).toBeGreaterThan(100);
  });
});
