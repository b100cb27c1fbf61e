// One fuzz case from its index alone (seeded), so a failing case can be
// rebuilt and printed anywhere. Even indices damage a seed frame without
// fixing its CRCs (the decoder's checks); odd ones end with valid CRCs so
// the damage reaches header, payload and event parsing: byte mutations with
// CRCs recomputed, structure-aware edits of headers and JSON re-encoded,
// and random frames built from the vocabulary of Bedrock streams.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const eventTypes = ['messageStart', 'contentBlockStart', 'contentBlockDelta', 'contentBlockStop', 'messageStop', 'metadata', 'chunk', 'internalServerException', '', 'toString', '__proto__'];
const messageTypes = ['event', 'exception', 'error', 'Event', '', 'unknown'];
const exceptionTypes = ['throttlingException', 'validationException', 'modelStreamErrorException', 'internalServerException', 'serviceUnavailableException', 'x', '', 'constructor'];
const keys = ['text', 'delta', 'contentBlockIndex', 'start', 'toolUse', 'toolUseId', 'name', 'input', 'stopReason', 'usage', 'inputTokens', 'outputTokens', 'totalTokens', 'metrics', 'reasoningContent', 'signature', 'redactedContent', 'citation', 'citations', 'type', 'index', 'message', 'content_block', 'partial_json', 'stop_reason', 'usage', 'bytes', 'choices', 'generation', 'event_type', 'is_finished', 'finish_reason', 'amazon-bedrock-invocationMetrics', '__proto__', 'constructor', 'p'];
const strings = ['', 'x', 'text', 'text_delta', 'input_json_delta', 'thinking_delta', 'signature_delta', 'tool_use', 'message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop', 'error', 'end_turn', 'tool_use', 'max_tokens', 'stream-end', 'text-generation', 'tool-call-generation', 'citation-generation', 'stop', 'length', '{', '{"a":', '\u0000', '\ud800', '🙂'.repeat(3), 'A'.repeat(5000)];

/** A random JSON value, nested up to `depth`. */
function randomValue(random, depth) {
  const roll = random.int(depth > 0 ? 12 : 9);
  switch (roll) {
    case 0: return null;
    case 1: return random.next() < 0.5;
    case 2: return random.int(5) - 1;
    case 3: return [0, -1, 1.5, 1e308, -1e308, 2 ** 53, 4294967296, -0][random.int(8)];
    case 4: case 5: return strings[random.int(strings.length)];
    case 6: return keys[random.int(keys.length)];
    case 7: return String(random.int(100));
    case 8: return [];
    case 9: case 10: return randomObject(random, depth - 1);
    default: return Array.from({ length: random.int(4) }, () => randomValue(random, depth - 1));
  }
}

function randomObject(random, depth) {
  const object = {};
  for (let i = random.int(5); i > 0; i--) object[keys[random.int(keys.length)]] = randomValue(random, depth);
  return object;
}

/** Replaces, deletes or adds a value somewhere inside `json` (in place where possible). */
function mutateJson(json, random) {
  if (json === null || typeof json !== 'object' || random.next() < 0.1) return randomValue(random, 3);
  let node = json;
  for (let depth = 0; depth < 6; depth++) {
    const names = Object.keys(node);
    if (names.length === 0) break;
    const name = names[random.int(names.length)];
    const child = node[name];
    if (child !== null && typeof child === 'object' && random.next() < 0.6) {
      node = child;
      continue;
    }
    const roll = random.next();
    if (roll < 0.2) delete node[name];
    else if (roll < 0.3) node[keys[random.int(keys.length)]] = randomValue(random, 2);
    else node[name] = randomValue(random, 2);
    return json;
  }
  node[keys[random.int(keys.length)]] = randomValue(random, 2);
  return json;
}

function base64(bytes) {
  return Buffer.from(bytes).toString('base64');
}

/** Decodes a frame, edits its headers and JSON (inside a chunk's base64 too), and re-encodes it with valid CRCs. */
function mutateStructure(frame, random, lib) {
  const message = lib.decodeEventStreamMessage(frame);
  const headers = { ...message.headers };
  let payload = message.payload.slice();
  const roll = random.next();
  if (roll < 0.15) headers[':event-type'] = { type: 'string', value: eventTypes[random.int(eventTypes.length)] };
  else if (roll < 0.25) {
    headers[':message-type'] = { type: 'string', value: messageTypes[random.int(messageTypes.length)] };
    if (random.next() < 0.7) headers[':exception-type'] = { type: 'string', value: exceptionTypes[random.int(exceptionTypes.length)] };
    if (random.next() < 0.3) headers[':error-code'] = { type: 'string', value: exceptionTypes[random.int(exceptionTypes.length)] };
  } else if (roll < 0.3) {
    const names = Object.keys(headers);
    if (names.length > 0) delete headers[names[random.int(names.length)]];
  } else if (roll < 0.35) {
    headers[[':event-type', ':message-type', ':exception-type'][random.int(3)]] = [
      { type: 'integer', value: 7 },
      { type: 'boolean', value: true },
      { type: 'binary', value: Uint8Array.of(1, 2) },
    ][random.int(3)];
  }
  if (roll >= 0.3 || random.next() < 0.5) {
    let json;
    try {
      json = JSON.parse(decoder.decode(payload));
    } catch {
      json = undefined;
    }
    if (json && typeof json.bytes === 'string' && random.next() < 0.8) {
      // A native chunk: edit the model's own JSON inside the base64.
      let inner;
      try {
        inner = JSON.parse(Buffer.from(json.bytes, 'base64').toString('utf8'));
      } catch {
        inner = {};
      }
      const innerRoll = random.next();
      if (innerRoll < 0.8) json.bytes = base64(encoder.encode(JSON.stringify(mutateJson(inner, random))));
      else if (innerRoll < 0.9) json.bytes = ['', '@@@', 'AAA', '=', 'e30'][random.int(5)];
      else json.bytes = base64(Uint8Array.from({ length: random.int(20) }, () => random.int(256)));
    } else {
      json = mutateJson(json, random);
    }
    const text = json === undefined ? '' : JSON.stringify(json);
    payload = encoder.encode(random.next() < 0.05 ? text.slice(0, random.int(text.length + 1)) : text);
  }
  return lib.encodeEventStreamMessage({ headers, payload });
}

/** A frame made up from the vocabulary, valid on the wire. */
function randomFrame(random, lib) {
  const headers = {
    ':event-type': { type: 'string', value: eventTypes[random.int(eventTypes.length)] },
    ':content-type': { type: 'string', value: 'application/json' },
    ':message-type': { type: 'string', value: random.next() < 0.85 ? 'event' : messageTypes[random.int(messageTypes.length)] },
  };
  if (random.next() < 0.1) headers[':exception-type'] = { type: 'string', value: exceptionTypes[random.int(exceptionTypes.length)] };
  let json = randomObject(random, 3);
  if (headers[':event-type'].value === 'chunk' && random.next() < 0.8) json = { bytes: base64(encoder.encode(JSON.stringify(randomObject(random, 3)))) };
  return lib.encodeEventStreamMessage({ headers, payload: encoder.encode(JSON.stringify(json)) });
}

/** Bytes that are not a frame at all. */
function randomBytes(random) {
  return Uint8Array.from({ length: random.int(80) }, () => random.int(256));
}

/** Splits `bytes` at up to three random points (the network may cut anywhere). */
function cut(bytes, random) {
  const points = Array.from({ length: 1 + random.int(3) }, () => random.int(bytes.length + 1)).sort((a, b) => a - b);
  const chunks = [];
  let from = 0;
  for (const point of points) {
    chunks.push(bytes.subarray(from, point));
    from = point;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Case `index`: a seed stream from one target, its frames up to a random
 * position, then the damaged or made-up frame, then (a quarter of the time) the rest.
 */
export function createFuzzCase(index, seed, corpus, lib) {
  const random = lib.createSeededRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const target = corpus[random.int(corpus.length)];
  const frames = target.streams[random.int(target.streams.length)];
  // Short prefixes are likelier (the minimum of two draws): the state that matters (a block opened) comes early.
  const at = Math.min(random.int(frames.length), random.int(frames.length));
  const fixed = index % 2 === 1;
  let kind;
  let mutated;
  if (!fixed) {
    if (random.next() < 0.1) [kind, mutated] = ['random bytes', randomBytes(random)];
    else [kind, mutated] = ['bytes, CRCs as they fall', lib.mutateFrame(frames[at], random, false).bytes];
  } else {
    const roll = random.next();
    if (roll < 0.35) [kind, mutated] = ['bytes, CRCs recomputed', lib.mutateFrame(frames[at], random, true).bytes];
    else if (roll < 0.85) [kind, mutated] = ['headers/JSON edited, re-encoded', mutateStructure(frames[at], random, lib)];
    else [kind, mutated] = ['random frame', randomFrame(random, lib)];
  }
  const parts = [...frames.slice(0, at), mutated, ...(random.next() < 0.25 ? frames.slice(at + 1) : [])];
  const chunks = random.next() < 0.25 ? cut(concat(parts), random) : parts;
  return { target, fixed, kind, mutated, chunks };
}

/** Hex of `bytes`, 32 bytes a line. */
export function formatHex(bytes) {
  const hex = Buffer.from(bytes).toString('hex');
  return hex.match(/.{1,64}/g)?.join('\n') ?? '';
}
