import { createBedrock, createBedrockApiKey } from '@bedrock-kit/bedrock';
import { anthropic } from '@bedrock-kit/anthropic';

/**
 * Everything a runtime needs to reach the emulator. The test passes it in
 * (over `page.evaluate`, a Worker binding or argv), so the bundles never
 * import the emulator itself.
 */
export interface ScenarioInput {
  /** The emulator's base URL, `http://127.0.0.1:<port>`. */
  endpoint: string;
  apiKey: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary IAM keys with their session token, to mint a short-term API key from. */
  sessionAccessKeyId: string;
  sessionSecretAccessKey: string;
  sessionToken: string;
  /** Names the runtime in the prompt, so each request is recognisable in the emulator's log. */
  runtime: string;
}

/** What a scenario sends back: plain JSON, so it crosses `page.evaluate`, a Worker response or stdout unchanged. */
export type ScenarioOutcome =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; error: { name: string; message: string; status?: number; stack?: string } };

/** A profile ID the anthropic family knows; the emulator answers it with the Claude native or Converse shapes. */
export const SCENARIO_MODEL = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';

function createClient(input: ScenarioInput) {
  // No retries and a total timeout: a failure shows up once, quickly, with its own error.
  return createBedrock({ families: [anthropic], endpoint: input.endpoint, region: 'us-east-1', maxRetries: 0, timeout: { totalMs: 10_000 } });
}

const bearer = (input: ScenarioInput) => ({ apiKey: input.apiKey });
const iam = (input: ScenarioInput, secretAccessKey = input.secretAccessKey) => ({ accessKeyId: input.accessKeyId, secretAccessKey });

async function streamSummary(stream: ReturnType<ReturnType<typeof createClient>['streamText']>) {
  const deltas: string[] = [];
  for await (const delta of stream.textStream) deltas.push(delta);
  const result = await stream.result;
  return { deltas, text: result.text, finishReason: result.finishReason, api: result.api, usage: result.usage };
}

/** The calls each runtime runs; keys are scenario names, values return a JSON summary. */
export const runtimeScenarios = {
  /** Native InvokeModel with a Bedrock API key (`Authorization: Bearer`). */
  async generateWithApiKey(input: ScenarioInput) {
    const result = await createClient(input).generateText({ model: SCENARIO_MODEL, prompt: `generate in ${input.runtime}`, providerOptions: bearer(input) });
    return { text: result.text, finishReason: result.finishReason, api: result.api, usage: result.usage, requestId: result.requestId };
  },
  /** Native invoke-with-response-stream: event-stream frames decoded as they arrive. */
  async streamWithApiKey(input: ScenarioInput) {
    return streamSummary(createClient(input).streamText({ model: SCENARIO_MODEL, prompt: `stream in ${input.runtime}`, providerOptions: bearer(input) }));
  },
  /** SigV4 with IAM keys: the signature is computed with the runtime's Web Crypto and checked by the emulator. */
  async generateSigned(input: ScenarioInput) {
    const result = await createClient(input).generateText({ model: SCENARIO_MODEL, prompt: `signed in ${input.runtime}`, providerOptions: iam(input) });
    return { text: result.text, finishReason: result.finishReason, api: result.api };
  },
  /** SigV4 over Converse streaming (the other route and body shape). */
  async streamSignedConverse(input: ScenarioInput) {
    return streamSummary(
      createClient(input).streamText({ model: SCENARIO_MODEL, prompt: `converse stream in ${input.runtime}`, providerOptions: { ...iam(input), useConverse: true } }),
    );
  },
  /**
   * A short-term API key minted here (`createBedrockApiKey`, SigV4 presigning on the runtime's Web Crypto) from
   * temporary IAM keys, then sent as `apiKey`: what a server hands a browser instead of IAM secrets.
   * The key itself stays in the runtime (it is a credential); only its prefix comes back.
   */
  async generateWithShortTermKey(input: ScenarioInput) {
    const credentials = { accessKeyId: input.sessionAccessKeyId, secretAccessKey: input.sessionSecretAccessKey, sessionToken: input.sessionToken };
    const apiKey = await createBedrockApiKey({ credentials, region: 'us-east-1', expiresIn: 900, env: {} });
    const result = await createClient(input).generateText({ model: SCENARIO_MODEL, prompt: `short-term key in ${input.runtime}`, providerOptions: { apiKey } });
    return { text: result.text, api: result.api, keyPrefix: apiKey.slice(0, 'bedrock-api-key-'.length) };
  },
  /** A wrong secret: the emulator must refuse the signature, and the library must map that to `AuthError`. */
  async generateWithWrongSecret(input: ScenarioInput) {
    await createClient(input).generateText({ model: SCENARIO_MODEL, prompt: `bad signature in ${input.runtime}`, providerOptions: iam(input, `${input.secretAccessKey}-wrong`) });
    return { unexpected: 'the call succeeded' };
  },
} satisfies Record<string, (input: ScenarioInput) => Promise<Record<string, unknown>>>;

/** A scenario name. */
export type ScenarioName = keyof typeof runtimeScenarios;

/** Runs one scenario and turns a thrown error into data, so the test sees its name and message whatever the runtime. */
export async function runScenario(name: ScenarioName, input: ScenarioInput): Promise<ScenarioOutcome> {
  const scenario = runtimeScenarios[name] as ((input: ScenarioInput) => Promise<Record<string, unknown>>) | undefined;
  if (!scenario) return { ok: false, error: { name: 'UnknownScenario', message: `no scenario named ${String(name)}` } };
  try {
    return { ok: true, value: await scenario(input) };
  } catch (error) {
    const e = error as { name?: string; message?: string; status?: number; stack?: string };
    return { ok: false, error: { name: String(e?.name), message: String(e?.message ?? error), status: e?.status, stack: e?.stack } };
  }
}
