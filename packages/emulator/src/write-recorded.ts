import type { Script } from './script';
import { splitFrames } from './render/encode-stream-frames';
import { writeBody, writeFrames, type Exchange } from './write-response';

const HOP_BY_HOP = new Set(['connection', 'transfer-encoding', 'content-length', 'keep-alive']);

/** Replays a recorded answer: its status, headers and exact bytes (a stream frame by frame, so faults still apply). */
export function writeRecorded(exchange: Exchange, script: Script): Promise<void> {
  const recorded = script.recorded!.response;
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(recorded.headers)) {
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers[name] = values.join(', ');
  }
  const has = (wanted: string) => Object.keys(headers).some((name) => name.toLowerCase() === wanted);
  // The recorded x-amzn-RequestId / Date win over the emulator's own when the recording has them.
  const own: Record<string, string> = { ...headers };
  if (!has('x-amzn-requestid')) own['x-amzn-RequestId'] = exchange.requestId;
  if (!has('date')) own.Date = new Date(exchange.now()).toUTCString();
  const replay: Exchange = { ...exchange, ownHeaders: own };
  let body = recorded.body;
  if (body.length === 0 && recorded.parsedBody !== undefined) body = Buffer.from(JSON.stringify(recorded.parsedBody), 'utf8');
  const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  if (contentType.includes('vnd.amazon.eventstream') && recorded.status === 200) {
    return writeFrames(replay, {}, splitFrames(body), script);
  }
  return writeBody(replay, recorded.status, {}, body);
}

