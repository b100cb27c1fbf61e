// The entry files `npm run size` bundles: what a user writes, importing the
// built packages. Each entry says which families it holds (the tree-shaking
// assertions check the markers against it) and which budget applies.

/**
 * The families of the one list (packages/bedrock/src/all/families.ts). `marker` is a wire field only that
 * family's code writes (checked to be in its own bundle and in no other).
 */
export const families = [
  { key: 'anthropic', exportName: 'anthropic', marker: 'anthropic_version', model: 'anthropic.claude-3-5-haiku-20241022-v1:0' },
  { key: 'cohere', exportName: 'cohere', marker: 'chat_history', model: 'cohere.command-r-plus-v1:0' },
  { key: 'openai-oss', exportName: 'openaiOss', marker: 'max_completion_tokens', model: 'openai.gpt-oss-20b-1:0' },
  { key: 'meta-llama', exportName: 'metaLlama', marker: 'max_gen_len', model: 'us.meta.llama3-2-3b-instruct-v1:0' },
  { key: 'amazon', exportName: 'amazon', marker: 'messages-v1', model: 'amazon.nova-lite-v1:0' },
  { key: 'mistral', exportName: 'mistral', marker: '[/INST]', model: 'mistral.mistral-large-2407-v1:0' },
  { key: 'deepseek', exportName: 'deepseek', marker: '</think>', model: 'us.deepseek.r1-v1:0' },
];

/**
 * The embedding codecs, separate family values (decision 0013): `marker` is a wire value only that codec
 * writes. A bundle of text calls, even with the same package's text family, must hold none of them.
 */
export const embeddingFamilies = [
  { key: 'cohere', exportName: 'cohereEmbed', marker: 'search_document', model: 'cohere.embed-english-v3' },
  { key: 'amazon', exportName: 'amazonEmbed', marker: 'GENERIC_INDEX', model: 'amazon.titan-embed-text-v2:0' },
];
const embeddingMarkers = embeddingFamilies.map(({ marker }) => marker);
/** Text of the embedding calls' preparation (request/), which `onlySources` of calls/ does not see. */
const embedCallMarker = 'as an embedding model';

const importFamily = ({ key, exportName }) => `import { ${exportName} } from '@bedrock-kit/${key}';`;

const generateAndStream = (model) => `
export const generate = (prompt) => bedrock.generateText({ model: '${model}', prompt });
export async function stream(prompt) {
  let text = '';
  for await (const delta of bedrock.streamText({ model: '${model}', prompt }).textStream) text += delta;
  return text;
}`;

const weatherTool = `{ weather: { description: 'Weather in a city', inputSchema: jsonSchema({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }) } }`;

/**
 * The facade's source files a bundle that imports only `streamText` may hold
 * from `calls/`: the call itself and the tool loop it runs. Any other file
 * there (generateText's, generateObject's, and every call added later:
 * streamObject, embed, countTokens …) is a failed tree-shake.
 */
const streamTextCallFiles = ['stream-text.ts', 'run-call.ts', 'run-tool-loop.ts', 'execute-tool-calls.ts', 'create-text-stream.ts'];
/** The same for a bundle that imports only `embed`. */
const embedCallFiles = ['embed.ts', 'embed-many.ts', 'run-json-call-traced.ts'];

/**
 * The calls `createBedrock` loads on their first use (decision 0020): `file` is the call's module under
 * packages/bedrock/src/calls/ (a dynamic `import()` of it must be in a facade bundle: the method is still
 * there), `marker` a string only its code holds, in `source` (checked to be there, so the check is not
 * stale) and in no facade bundle up front.
 */
export const lazyCalls = [
  // generateObject and streamObject: one chunk (decision 0028).
  { file: 'object-calls', marker: 'answered without calling the', source: 'packages/bedrock/src/calls/prepare-object-call.ts' },
  { file: 'object-calls', marker: 'key expected', source: 'packages/bedrock/src/calls/parse-partial-json.ts' },
  { file: 'embed', marker: embedCallMarker, source: 'packages/bedrock/src/request/prepare-embedding-call.ts' },
  { file: 'embed-many', marker: embedCallMarker, source: 'packages/bedrock/src/request/prepare-embedding-call.ts' },
  { file: 'count-tokens', marker: 'CountTokens answered without an inputTokens number.', source: 'packages/bedrock/src/calls/count-tokens.ts' },
  { file: 'apply-guardrail', marker: 'content must hold at least one text or image part.', source: 'packages/bedrock/src/calls/apply-guardrail.ts' },
];

/**
 * Code every call may load on use but none loads up front (decisions 0023, 0026, 0027): `marker` is a string only
 * that code holds, checked to be in the bundle with its chunks (else the check is stale) and not up front.
 * Every entry of the facade package carries them; `textCallsOnly`, only those that make a text call.
 */
export const codeOnUse = [
  { what: 'the failure path (transport/failure/)', marker: 'SigV4 signatures are valid for 5 minutes' },
  { what: 'the messages of refused requests (request/refusal/refusal-messages.ts, decision 0026)', marker: 'a conversation must start with a user message', textCallsOnly: true },
  { what: 'the Converse route codec (request/converse/, decision 0027)', marker: 'toolSpec', textCallsOnly: true },
  { what: 'the decoder of whole Converse answers (decision 0024)', marker: 'The Converse response is not a JSON object', textCallsOnly: true },
];

/** An entry that makes a text call (generate / stream, text or object, token counts): the calls that prepare a model request. */
const makesTextCall = (entry) => /\b(generateText|streamText|generateObject|streamObject|countTokens)\b/.test(entry.code);

/**
 * What a `createBedrock` bundle may hold from `calls/` up front: the two text calls (generateText's
 * long-generation switch included) and `streamObject`'s request check (it throws when called, before the
 * call's code loads). Every other call is loaded on use.
 */
const facadeCallFiles = [...streamTextCallFiles, 'generate-text.ts', 'streams-under-the-hood.ts', 'check-object-request.ts'];
/** The expectations every `createBedrock` entry shares: the calls' code out, their `import()` in. */
const facadeExpectations = { onlySources: { folder: 'packages/bedrock/src/calls/', allowed: facadeCallFiles }, lazyCalls };

/**
 * @typedef {{ name: string, code: string, families: string[], budget?: 'clientWithOneCall' | 'facadeWithOneFamily' | 'facadeWithAllFamilies' | 'embedAlone', optional?: string, onlySources?: { folder: string, allowed: string[] }, absentMarkers?: string[], lazyCalls?: typeof lazyCalls, codeOnUse?: typeof codeOnUse }} SizeEntry
 * `optional`: a file under the repository root; the entry is skipped (with a note) when it is missing.
 * `onlySources`: bundled again from the package sources, the bundle may hold from `folder` only the `allowed` files.
 * `absentMarkers`: strings that must not be in the bundle (code of calls the entry does not import).
 * `lazyCalls`: calls the bundle loads on use: each one's `import()` is in it, its marker is not.
 * `codeOnUse`: code the bundle's calls load on use: its marker is in a chunk, not up front.
 * @returns {SizeEntry[]}
 */
export function createSizeEntries() {
  return listSizeEntries().map((entry) =>
    entry.code.includes("from '@bedrock-kit/bedrock") ? { ...entry, codeOnUse: codeOnUse.filter((code) => !code.textCallsOnly || makesTextCall(entry)) } : entry,
  );
}

/** @returns {SizeEntry[]} */
function listSizeEntries() {
  const [anthropic] = families;
  return [
    {
      name: 'client + anthropic: streamText with one tool',
      families: ['anthropic'],
      budget: 'clientWithOneCall',
      onlySources: { folder: 'packages/bedrock/src/calls/', allowed: streamTextCallFiles },
      // generateObject's own message and embed's; generateText's code is caught by onlySources.
      absentMarkers: ['answered without calling the', embedCallMarker, ...embeddingMarkers],
      code: `import { createBedrockClient, streamText, jsonSchema } from '@bedrock-kit/bedrock';
${importFamily(anthropic)}
const client = createBedrockClient({ families: [anthropic] });
export async function run(prompt) {
  const stream = streamText(client, { model: '${anthropic.model}', prompt, tools: ${weatherTool} });
  for await (const event of stream) if (event.type === 'text-delta') console.log(event.text);
  return (await stream.result).toolCalls;
}`,
    },
    {
      name: 'facade + anthropic: streamText with one tool',
      families: ['anthropic'],
      budget: 'facadeWithOneFamily',
      ...facadeExpectations,
      code: `import { createBedrock, jsonSchema } from '@bedrock-kit/bedrock';
${importFamily(anthropic)}
const bedrock = createBedrock({ families: [anthropic] });
export async function run(prompt) {
  const stream = bedrock.streamText({
    model: '${anthropic.model}',
    prompt,
    tools: ${weatherTool},
  });
  for await (const event of stream) if (event.type === 'text-delta') console.log(event.text);
  return (await stream.result).toolCalls;
}`,
    },
    ...families.map((family) => ({
      name: `facade + ${family.key}: generateText + streamText`,
      families: [family.key],
      budget: 'facadeWithOneFamily',
      ...facadeExpectations,
      // Text calls only: the family's embedding codec (cohereEmbed, amazonEmbed) stays out.
      absentMarkers: embeddingMarkers,
      code: `import { createBedrock } from '@bedrock-kit/bedrock';
${importFamily(family)}
const bedrock = createBedrock({ families: [${family.exportName}] });${generateAndStream(family.model)}`,
    })),
    ...families.map((family) => ({
      name: `client + ${family.key}: streamText`,
      families: [family.key],
      absentMarkers: [embedCallMarker, ...embeddingMarkers],
      code: `import { createBedrockClient, streamText } from '@bedrock-kit/bedrock';
${importFamily(family)}
const client = createBedrockClient({ families: [${family.exportName}] });
export async function stream(prompt) {
  let text = '';
  for await (const delta of streamText(client, { model: '${family.model}', prompt }).textStream) text += delta;
  return text;
}`,
    })),
    ...embeddingFamilies.map((family) => ({
      name: `embed alone from createBedrockClient (${family.exportName})`,
      families: [],
      budget: 'embedAlone',
      onlySources: { folder: 'packages/bedrock/src/calls/', allowed: embedCallFiles },
      // No text family rides along with its package's embedding value.
      absentMarkers: embeddingMarkers.filter((marker) => marker !== family.marker),
      code: `import { createBedrockClient, embed } from '@bedrock-kit/bedrock';
import { ${family.exportName} } from '@bedrock-kit/${family.key}';
const client = createBedrockClient({ families: [${family.exportName}] });
export const run = (value) => embed(client, { model: '${family.model}', value });`,
    })),
    {
      name: 'facade + every family: generateText + streamText',
      families: families.map(({ key }) => key),
      budget: 'facadeWithAllFamilies',
      ...facadeExpectations,
      code: `import { createBedrock } from '@bedrock-kit/bedrock';
${families.map(importFamily).join('\n')}
const bedrock = createBedrock({ families: [${families.map(({ exportName }) => exportName).join(', ')}] });${generateAndStream(anthropic.model)}`,
    },
    {
      name: 'facade /all preset: generateText + streamText',
      families: families.map(({ key }) => key),
      budget: 'facadeWithAllFamilies',
      ...facadeExpectations,
      optional: 'packages/bedrock/dist/all.js',
      code: `import { bedrock } from '@bedrock-kit/bedrock/all';${generateAndStream(anthropic.model)}`,
    },
    {
      name: 'facade alone (Converse only): generateText + streamText',
      families: [],
      ...facadeExpectations,
      code: `import { createBedrock } from '@bedrock-kit/bedrock';
const bedrock = createBedrock();${generateAndStream('amazon.nova-lite-v1:0')}`,
    },
    {
      name: 'core: errors + jsonSchema (what a user imports)',
      families: [],
      code: `export { BedrockError, ConfigError, InputError, AuthError, ThrottlingError, ValidationError, ServiceError, StreamError, TimeoutError, AbortError, jsonSchema } from '@bedrock-kit/core';`,
    },
    {
      name: 'core: every export (upper bound)',
      families: [],
      code: `export * from '@bedrock-kit/core';`,
    },
    {
      name: 'aws-auth: signRequest + resolveAuth',
      families: [],
      code: `export { signRequest, resolveAuth } from '@bedrock-kit/aws-auth';`,
    },
    {
      name: 'eventstream: createEventStreamDecoder',
      families: [],
      code: `export { createEventStreamDecoder } from '@bedrock-kit/eventstream';`,
    },
    ...families.map((family) => ({
      name: `${family.key}: the family object alone`,
      families: [family.key],
      absentMarkers: embeddingMarkers,
      code: `export { ${family.exportName} } from '@bedrock-kit/${family.key}';`,
    })),
    ...embeddingFamilies.map((family) => ({
      name: `${family.exportName}: the embedding family alone`,
      families: [],
      code: `export { ${family.exportName} } from '@bedrock-kit/${family.key}';`,
    })),
  ];
}
