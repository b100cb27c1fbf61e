import { expect, it } from 'vitest';
import { EMULATOR_CREDENTIALS, emulatorCredentials, type Emulator, type RecordedRequest } from '@bedrock-kit/emulator';
import { SCENARIO_MODEL, type ScenarioName, type ScenarioOutcome } from './runtime-scenarios';

/** How a test file reaches its runtime; read lazily, after `beforeAll` has started everything. */
export interface ScenarioRuntime {
  emulator: Emulator;
  /** Runs a scenario inside the runtime and returns its outcome. */
  run(name: ScenarioName): Promise<ScenarioOutcome>;
  /** The runtime's name, as the scenarios put it in their prompts. */
  runtime: string;
}

/** The emulator's deterministic default answer to a prompt. */
const answerTo = (prompt: string) => `Hello from the bedrock-kit emulator. You said: ${prompt}`;

/** Runs a scenario and returns its outcome with the requests the emulator received meanwhile. */
async function runAndRecord(runtime: ScenarioRuntime, name: ScenarioName): Promise<{ outcome: ScenarioOutcome; requests: RecordedRequest[] }> {
  const from = runtime.emulator.requests.length;
  const outcome = await runtime.run(name);
  return { outcome, requests: runtime.emulator.requests.slice(from) };
}

function valueOf(outcome: ScenarioOutcome): Record<string, unknown> {
  // On failure this shows the runtime's own error name, message and stack.
  if (!outcome.ok) expect.fail(`scenario failed in the runtime: ${outcome.error.name}: ${outcome.error.message}\n${outcome.error.stack ?? ''}`);
  return outcome.value;
}

/** The same six calls and assertions for every runtime. */
export function defineScenarioTests(getRuntime: () => ScenarioRuntime): void {
  it('generateText with a Bedrock API key (native InvokeModel)', async () => {
    const runtime = getRuntime();
    const { outcome, requests } = await runAndRecord(runtime, 'generateWithApiKey');
    expect(valueOf(outcome)).toMatchObject({ text: answerTo(`generate in ${runtime.runtime}`), finishReason: 'stop', api: 'invoke', requestId: requests[0]?.requestId });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ route: 'invoke', modelId: SCENARIO_MODEL, auth: { ok: true, scheme: 'bearer' } });
  });

  it('streamText delivers several deltas that add up to the final text', async () => {
    const runtime = getRuntime();
    const { outcome, requests } = await runAndRecord(runtime, 'streamWithApiKey');
    const value = valueOf(outcome) as { deltas: string[]; text: string; api: string; finishReason: string };
    const expected = answerTo(`stream in ${runtime.runtime}`);
    expect(value.deltas.length).toBeGreaterThanOrEqual(3);
    expect(value.deltas.join('')).toBe(expected);
    expect(value).toMatchObject({ text: expected, api: 'invoke', finishReason: 'stop' });
    expect(requests.map((r) => [r.route, r.auth.scheme])).toEqual([['invoke-with-response-stream', 'bearer']]);
  });

  it('signs with SigV4 (Web Crypto) and the emulator verifies the signature', async () => {
    const runtime = getRuntime();
    const { outcome, requests } = await runAndRecord(runtime, 'generateSigned');
    expect(valueOf(outcome)).toMatchObject({ text: answerTo(`signed in ${runtime.runtime}`), api: 'invoke' });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.auth).toMatchObject({ ok: true, scheme: 'sigv4', accessKeyId: emulatorCredentials.accessKeyId, region: 'us-east-1' });
    expect(requests[0]!.headers.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${emulatorCredentials.accessKeyId}/\\d{8}/us-east-1/bedrock/aws4_request, SignedHeaders=`));
  });

  it('streams a SigV4-signed Converse call', async () => {
    const runtime = getRuntime();
    const { outcome, requests } = await runAndRecord(runtime, 'streamSignedConverse');
    const value = valueOf(outcome) as { deltas: string[]; text: string; api: string };
    const expected = answerTo(`converse stream in ${runtime.runtime}`);
    expect(value.deltas.length).toBeGreaterThanOrEqual(3);
    expect(value).toMatchObject({ text: expected, api: 'converse' });
    expect(value.deltas.join('')).toBe(expected);
    expect(requests.map((r) => [r.route, r.auth.ok, r.auth.scheme])).toEqual([['converse-stream', true, 'sigv4']]);
  });

  it('mints a short-term API key from temporary IAM keys (createBedrockApiKey) and calls with it; the emulator verifies signature, token and expiry', async () => {
    const runtime = getRuntime();
    const { outcome, requests } = await runAndRecord(runtime, 'generateWithShortTermKey');
    expect(valueOf(outcome)).toEqual({ text: answerTo(`short-term key in ${runtime.runtime}`), api: 'invoke', keyPrefix: 'bedrock-api-key-' });
    expect(requests).toHaveLength(1);
    const { auth, headers } = requests[0]!;
    expect(auth).toMatchObject({ ok: true, scheme: 'bearer', apiKeyKind: 'short-term', accessKeyId: EMULATOR_CREDENTIALS.accessKeyId, region: 'us-east-1', sessionToken: true });
    // The key is a presigned URL: it names its signing time and lifetime, and the emulator's expiry is exactly that.
    const presigned = new URLSearchParams(atob(headers.authorization!.replace(/^Bearer bedrock-api-key-/, '')).replace(/^bedrock\.amazonaws\.com\/\?/, ''));
    expect(presigned.get('X-Amz-Expires')).toBe('900');
    expect(presigned.get('X-Amz-Security-Token')).toBe(EMULATOR_CREDENTIALS.sessionToken);
    const signed = presigned.get('X-Amz-Date')!.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
    expect(auth.expiresAt).toBe(Date.parse(signed) + 900_000);
    expect(headers.authorization).not.toContain(EMULATOR_CREDENTIALS.secretAccessKey);
  });

  it('a wrong secret key fails the signature check and surfaces as AuthError', async () => {
    const runtime = getRuntime();
    const { outcome, requests } = await runAndRecord(runtime, 'generateWithWrongSecret');
    expect(outcome).toMatchObject({ ok: false, error: { name: 'AuthError', status: 403 } });
    if (!outcome.ok) expect(outcome.error.message).not.toContain(emulatorCredentials.secretAccessKey);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.auth).toMatchObject({ ok: false, scheme: 'sigv4' });
  });
}
