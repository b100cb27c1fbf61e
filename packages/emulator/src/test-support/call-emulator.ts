import { createEventStreamDecoder, decodeEventStreamMessage, readStringHeader, type EventStreamMessage } from '@bedrock-kit/eventstream';
import type { Emulator } from '../emulator';
import { emulatorApiKey, emulatorCredentials } from '../emulator-credentials';
import type { Route } from '../route';
import { splitFrames } from '../render/encode-stream-frames';
import { signSigV4 } from '../sigv4/sign-sigv4';

/** How a test call authenticates. */
export type TestAuth =
  | { bearer: string }
  | { sigv4: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }; region?: string; date?: number }
  | 'none';

/** Calls a model route over a real socket (test helper). */
export async function callEmulator(
  emulator: Emulator,
  route: Route,
  modelId: string,
  body: unknown,
  options: { auth?: TestAuth; headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Response> {
  const url = `${emulator.url}/model/${encodeURIComponent(modelId)}/${route}`;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  let headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  const auth = options.auth ?? { bearer: emulatorApiKey };
  if (auth !== 'none' && 'bearer' in auth) headers.authorization = `Bearer ${auth.bearer}`;
  if (auth !== 'none' && 'sigv4' in auth) {
    headers = signSigV4({
      method: 'POST',
      url,
      headers,
      body: text,
      credentials: auth.sigv4,
      region: auth.region ?? emulator.region,
      ...(auth.date !== undefined ? { date: auth.date } : {}),
    });
    delete headers.host;
  }
  return fetch(url, { method: 'POST', headers, body: text, ...(options.signal ? { signal: options.signal } : {}) });
}

/** SigV4 with the default emulator keys, signed at the emulator's current time. */
export function sigv4Auth(emulator: Emulator): TestAuth {
  return { sigv4: emulatorCredentials, date: emulator.clock.now() };
}

/** A decoded frame: its type header and parsed payload (chunk bytes decoded too). */
export interface DecodedEvent {
  messageType: string | undefined;
  type: string | undefined;
  payload: any;
}

/** Decodes one frame. */
export function describeFrame(message: EventStreamMessage): DecodedEvent {
  const messageType = readStringHeader(message, ':message-type');
  const type = readStringHeader(message, messageType === 'exception' ? ':exception-type' : ':event-type');
  const payload = JSON.parse(new TextDecoder().decode(message.payload));
  if (type === 'chunk' && typeof payload.bytes === 'string') payload.bytes = JSON.parse(Buffer.from(payload.bytes, 'base64').toString('utf8'));
  return { messageType, type, payload };
}

/** Reads a whole event-stream body and decodes every frame. */
export async function readEvents(response: Response): Promise<DecodedEvent[]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return splitFrames(bytes).map((frame) => describeFrame(decodeEventStreamMessage(frame)));
}

/** An incremental reader of an event-stream response: `next()` resolves with each frame as it arrives. */
export function eventReader(response: Response): { next(): Promise<DecodedEvent | undefined>; cancel(): Promise<void> } {
  const reader = response.body!.pipeThrough(createEventStreamDecoder()).getReader();
  return {
    async next() {
      const { done, value } = await reader.read();
      return done ? undefined : describeFrame(value);
    },
    cancel: () => reader.cancel(),
  };
}

/** POSTs a JSON body to any emulator path (CountTokens, ApplyGuardrail…), with the default API key. */
export function postEmulator(
  emulator: Emulator,
  path: string,
  body: unknown,
  options: { headers?: Record<string, string>; bearer?: string } = {},
): Promise<Response> {
  return fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.bearer ?? emulatorApiKey}`, ...options.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
