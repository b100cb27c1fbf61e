// Seed streams for `npm run fuzz`: real response streams recorded from the
// emulator through the facade itself (so every request body is one the
// emulator accepts), one set per stream route and family.
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';

/** Each target is one way the facade maps a stream: its own model, route and parser. */
export const fuzzTargets = [
  { name: 'converse', model: 'amazon.nova-lite-v1:0', providerOptions: {} },
  { name: 'converse-claude', model: 'anthropic.claude-3-5-haiku-20241022-v1:0', providerOptions: { useConverse: true } },
  { name: 'anthropic', model: 'us.anthropic.claude-3-7-sonnet-20250219-v1:0', providerOptions: {} },
  { name: 'cohere', model: 'cohere.command-r-plus-v1:0', providerOptions: {} },
  { name: 'openai-oss', model: 'openai.gpt-oss-120b-1:0', providerOptions: {} },
  { name: 'meta-llama', model: 'us.meta.llama3-2-3b-instruct-v1:0', providerOptions: {} },
];

const replies = [
  { text: 'Hello there, this is one of the fuzz seeds.' },
  { content: [{ type: 'reasoning', text: 'Thinking it over first.', signature: 'c2lnbmF0dXJl' }, { type: 'text', text: 'The answer.' }] },
  { content: [{ type: 'text', text: 'Calling a tool.' }, { type: 'tool-use', name: 'lookup', input: { city: 'Oslo', days: [1, 2], nested: { ok: true } } }] },
  { content: [{ type: 'tool-use', name: 'first', input: { a: 1 } }, { type: 'tool-use', name: 'second', input: { b: 'two' } }] },
  { content: [{ type: 'text', text: 'Cited.', citations: [{ citedText: 'abc', documentIndex: 0, title: 'doc', start: 0, end: 3 }] }] },
  { content: [{ type: 'redacted-reasoning', data: 'AAECAwQ=' }, { type: 'text', text: 'After redaction.' }] },
  { text: 'Cut short by the token limit', stopReason: 'max_tokens', usage: { inputTokens: 12, outputTokens: 34, cacheReadInputTokens: 5 } },
];

/** Splits a stream body into frames by their length prefixes. */
export function splitFrames(bytes) {
  const frames = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset + 4 <= bytes.length; ) {
    const length = view.getUint32(offset);
    frames.push(bytes.slice(offset, offset + length));
    offset += length;
  }
  return frames;
}

/** Records `replies` × `fuzzTargets`; returns each target with its seed streams (arrays of frames). */
export async function recordFuzzCorpus(lib) {
  const emulator = await startEmulator();
  try {
    const corpus = [];
    for (const target of fuzzTargets) {
      const streams = [];
      let captured;
      const fetch = async (url, init) => {
        const response = await globalThis.fetch(url, init);
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (response.ok) captured = { bytes, headers: Object.fromEntries(response.headers) };
        return new Response(bytes, { status: response.status, headers: response.headers });
      };
      const bedrock = lib.createBedrock({
        families: [lib.anthropic, lib.cohere, lib.openaiOss, lib.metaLlama],
        endpoint: emulator.url,
        apiKey: emulatorApiKey,
        fetch,
      });
      for (const reply of replies) {
        emulator.enqueue({ reply });
        captured = undefined;
        try {
          await bedrock.streamText({ model: target.model, prompt: 'seed', providerOptions: target.providerOptions }).result;
        } catch (error) {
          // a reply this family can't carry: its stream is still a seed if one came back
          if (process.env.FUZZ_DEBUG) console.error(`seed ${target.name}: ${error.message}`);
        }
        emulator.reset();
        if (captured) streams.push(splitFrames(captured.bytes));
      }
      if (streams.length === 0) throw new Error(`fuzz: no seed stream recorded for ${target.name}`);
      corpus.push({ ...target, streams, headers: { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': 'fuzz' } });
    }
    return corpus;
  } finally {
    await emulator.close();
  }
}
