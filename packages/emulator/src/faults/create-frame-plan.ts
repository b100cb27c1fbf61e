import type { EmulatorClock } from '../emulator-clock';
import { chunkEvents, encodeEventFrame } from '../render/encode-stream-frames';
import type { StreamEvent } from '../render/render-converse-stream';
import type { Script } from '../script';
import type { FramePlan } from '../write-response';

/** Where a stream ends, floods or moves the clock, from the script and the events to be sent. */
export function createFramePlan(script: Script | undefined, events: readonly StreamEvent[], kind: 'converse' | 'native', context: { clock: EmulatorClock }): FramePlan {
  const plan: FramePlan = {};
  if (script?.oversizedFrame) plan.oversized = { afterEvents: script.oversizedFrame.afterEvents ?? 1, declaredBytes: script.oversizedFrame.declaredBytes };
  const generationMs = script?.generationMs;
  if (generationMs) plan.afterFirstFrame = () => context.clock.advance(generationMs);
  if (script?.endAfterEvents === 'before-stop') {
    plan.endAfterEvents = kind === 'converse' ? events.findIndex((e) => e.eventType === 'messageStop') : events.length - 1;
  } else if (typeof script?.endAfterEvents === 'number') {
    plan.endAfterEvents = script.endAfterEvents;
  }
  if (script?.tinyFrames) {
    const tiny: StreamEvent =
      kind === 'converse'
        ? { eventType: 'contentBlockDelta', payload: { contentBlockIndex: 0, delta: { text: '' } } }
        : chunkEvents([{ type: 'ping' }])[0]!;
    plan.flood = { afterEvents: script.tinyFrames.afterEvents ?? 1, count: script.tinyFrames.count, frame: encodeEventFrame(tiny, 0) };
  }
  return plan;
}

