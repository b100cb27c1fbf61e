import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StreamError } from '@bedrock-kit/core';
import { conformancePath, readCassette } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { decodeEventStreamMessage } from './decode-event-stream-message';
import { encodeEventStreamMessage } from './encode-event-stream-message';
import { createFrameSplitter } from './create-frame-splitter';
import { mutateFrame } from './mutate-frame.test-support';
import { createSeededRandom, type SeededRandom } from './seeded-random.test-support';
import { sampleMessages, snapshot } from './test-frames.test-support';

const CASES = 20_000;
/**
 * Generous for one small frame; a case that takes longer means a pathological loop. A case over it is
 * timed again (twice): a pathological input is slow every time, a pause of a loaded machine only once,
 * so the verdict does not depend on what else the machine is doing.
 */
const CASE_TIME_LIMIT_MS = 1_000;
const CASE_RETIMES = 2;
/** Bound on the sum of each case's best time. */
const TOTAL_TIME_LIMIT_MS = 60_000;
/** Faults only header parsing can raise: proof the CRC-fixed half gets that far. */
const HEADER_FAULTS = new Set(['HeaderOverrun', 'InvalidHeaderName', 'InvalidHeaderType', 'InvalidHeaderValue', 'DuplicateHeader']);

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

/** Feeds `bytes` to a splitter in up to three random pieces, then ends the stream. */
function splitAndFinish(bytes: Uint8Array, random: SeededRandom): void {
  const splitter = createFrameSplitter(16 * 1024 * 1024);
  const first = random.int(bytes.length + 1);
  const second = first + random.int(bytes.length - first + 1);
  for (const piece of [bytes.subarray(0, first), bytes.subarray(first, second), bytes.subarray(second)]) {
    splitter.push(piece, () => undefined);
  }
  splitter.finish();
}

/** How long decoding `bytes` takes, both ways (whatever the outcome). */
function timeCase(bytes: Uint8Array, index: number): number {
  const started = performance.now();
  attempt(() => encodeEventStreamMessage(decodeEventStreamMessage(bytes)));
  attempt(() => splitAndFinish(bytes, createSeededRandom(index)));
  return performance.now() - started;
}

describe('fuzz: mutated frames', () => {
  it(`${CASES} mutated frames (half with both CRCs recomputed) raise only StreamErrors, each quickly`, { timeout: 90_000 }, () => {
    const seeds = seedFrames();
    const random = createSeededRandom(0xfa11);
    const failures: string[] = [];
    const faults = new Map<string, number>();
    let decoded = 0;
    let total = 0;

    for (let index = 0; index < CASES; index++) {
      const fixed = index % 2 === 0;
      const seed = seeds[random.int(seeds.length)]!;
      const { bytes, mutations } = mutateFrame(seed, random, fixed);
      const label = `case ${index} (${fixed ? 'CRCs fixed' : 'raw'}; ${mutations.join(', ')})`;
      const caseStarted = performance.now();

      const direct = attempt(() => {
        const message = decodeEventStreamMessage(bytes);
        // Out-of-bounds reads don't throw in JS, so a missing bounds check shows up here instead:
        // whatever decodes must re-encode to the very same bytes.
        const again = encodeEventStreamMessage(message);
        if (!Object.keys(message.headers).some(isArrayIndex)) {
          if (Buffer.compare(again, bytes) !== 0) failures.push(`${label}: decoded, but re-encodes to different bytes`);
        } else if (again.length !== bytes.length) failures.push(`${label}: decoded, but re-encodes to a different length`);
        expect(snapshot(decodeEventStreamMessage(again))).toEqual(snapshot(message));
      });
      const streamed = attempt(() => splitAndFinish(bytes, random));

      let elapsed = performance.now() - caseStarted;
      // Re-timed with a random of its own, so the corpus of the cases after it stays the same.
      for (let again = 0; again < CASE_RETIMES && elapsed > CASE_TIME_LIMIT_MS; again++) elapsed = Math.min(elapsed, timeCase(bytes, index));
      if (elapsed > CASE_TIME_LIMIT_MS) failures.push(`${label}: took ${elapsed.toFixed(1)} ms`);
      total += elapsed;
      for (const outcome of [direct, streamed]) {
        if (outcome.kind === 'failure') failures.push(`${label}: ${outcome.detail}`);
        if (outcome.kind === 'fault') faults.set(outcome.fault, (faults.get(outcome.fault) ?? 0) + 1);
      }
      if (direct.kind === 'ok') decoded++;
    }

    expect(failures.slice(0, 10)).toEqual([]);
    expect(total).toBeLessThan(TOTAL_TIME_LIMIT_MS);
    // The corpus must reach every layer: checksums, lengths, header parsing, and some clean decodes.
    expect(faults.get('PreludeChecksumMismatch')).toBeGreaterThan(1000);
    expect(faults.get('MessageChecksumMismatch')).toBeGreaterThan(1000);
    expect([...faults].filter(([fault]) => HEADER_FAULTS.has(fault)).reduce((sum, [, n]) => sum + n, 0)).toBeGreaterThan(500);
    expect(decoded).toBeGreaterThan(100);
  });
});
