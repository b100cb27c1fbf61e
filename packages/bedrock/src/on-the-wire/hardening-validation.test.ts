import { ConfigError, InputError } from '@bedrock-kit/core';
import { emulatorCredentials } from '@bedrock-kit/emulator';
import { describe, expect, it, vi } from 'vitest';
import type { BedrockOptions } from '../client/bedrock-options';
import { createBedrock } from '../create-bedrock';
import { createTestFamily } from '../request/test-family.test-support';
import { useEmulator } from './emulator.test-support';
import { failure } from './fault-matrix.test-support';

/**
 * Issue 16, API.md "Validation before the network": every option, environment value and request
 * field is checked where it enters; a bad one is a ConfigError / InputError naming the field,
 * never echoing a secret, and nothing is sent.
 */
const model = 'amazon.nova-lite-v1:0';
const context = useEmulator();
const emulator = () => context.emulator;
const secret = 'hardening-secret-Xq2Lm9Pz4Rt7Wv1Yb8Nc';

async function configError(options: BedrockOptions, providerOptions: Record<string, unknown> = {}) {
  let error: unknown;
  try {
    await createBedrock({ endpoint: emulator().url, ...emulatorCredentials, ...options }).generateText({ model, prompt: 'x', providerOptions });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect(emulator().requests).toHaveLength(0);
  expect((error as Error).message).not.toContain(secret);
  return (error as Error).message;
}

async function inputError(request: Record<string, unknown>, options: BedrockOptions = {}) {
  const bedrock = createBedrock({ endpoint: emulator().url, ...emulatorCredentials, ...options });
  const error = await failure(bedrock.generateText({ model, prompt: 'x', ...request } as never));
  expect(error).toBeInstanceOf(InputError);
  expect(emulator().requests).toHaveLength(0);
  return error!.message;
}

describe('options are validated where they enter (ConfigError naming the field)', () => {
  it.each([
    [{ timeout: { totalMs: Infinity } }, 'timeout.totalMs'],
    [{ timeout: { idleMs: 2 ** 31 } }, 'timeout.idleMs'],
    [{ timeout: { firstByteMs: '100' as never } }, 'timeout.firstByteMs'],
    [{ timeout: { totalMs: Number.NaN } }, 'timeout.totalMs'],
    [{ timeout: { idleMs: -1 } }, 'timeout.idleMs'],
    [{ maxRetries: 1.5 }, 'maxRetries'],
    [{ maxRetries: Infinity }, 'maxRetries'],
  ])('%o → ConfigError naming %s', async (options, field) => {
    expect(await configError(options as BedrockOptions)).toContain(`createBedrock({ ${field} })`);
  });

  it('0 switches a timeout off and is accepted; 2³¹−1 is the largest value', async () => {
    const bedrock = createBedrock({ endpoint: emulator().url, ...emulatorCredentials, timeout: { firstByteMs: 0, idleMs: 2 ** 31 - 1, totalMs: 0 }, maxRetries: 0 });
    expect((await bedrock.streamText({ model, prompt: 'on' }).result).text).toContain('on');
  });

  it.each([
    ['not a url', /must be an http\(s\) URL/],
    ['notaurl', /must be an http\(s\) URL/],
    ['file:///etc/passwd', /must be an http\(s\) URL/],
    ['bedrock-runtime.us-east-1.amazonaws.com', /must be an http\(s\) URL/],
    [`https://AKIA:${secret}@bedrock-runtime.us-east-1.amazonaws.com`, /no user, password/],
    ['https://bedrock-runtime.us-east-1.amazonaws.com/?x=1', /query/],
    ['https://bedrock-runtime.us-east-1.amazonaws.com/#x', /fragment/],
  ])('endpoint %s → ConfigError', async (endpoint, problem) => {
    expect(() => createBedrock({ endpoint })).toThrow(ConfigError);
    const message = await configError({ endpoint });
    expect(message).toMatch(problem);
    expect(message).toContain('createBedrock({ endpoint })');
  });

  it('an endpoint from the environment is checked at call time, naming the variable', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL_BEDROCK_RUNTIME', 'ftp://example.com');
    const bedrock = createBedrock({ ...emulatorCredentials });
    await expect(bedrock.generateText({ model, prompt: 'x' })).rejects.toThrow(/AWS_ENDPOINT_URL_BEDROCK_RUNTIME must be an http\(s\) URL/);
  });

  it('a header value with CR/LF → ConfigError naming the header, not its value', async () => {
    const message = await configError({ headers: { 'x-trace': `a\r\nx-amz-security-token: ${secret}` } });
    expect(message).toContain('createBedrock({ headers })["x-trace"]');
  });

  it.each([
    ['sessionToken', `token\r\n${secret}`],
    ['secretAccessKey', `${secret}\u0000`],
    ['apiKey', `${secret}\n`],
  ])('a credential (%s) with a control character → ConfigError naming where it came from, no secret, not retried', async (field, value) => {
    const call = field === 'apiKey' ? { apiKey: value } : { ...emulatorCredentials, [field]: value };
    expect(await configError({}, call)).toContain(`providerOptions.${field}`);
    const options = field === 'apiKey' ? { apiKey: value, accessKeyId: undefined, secretAccessKey: undefined } : { [field]: value };
    expect(await configError(options)).toContain(`createBedrock({ ${field} })`);
  });

  it('a region that is not one → ConfigError naming it', async () => {
    expect(await configError({ region: 'us-east-1\r\n' })).toContain('createBedrock({ region })');
    expect(await configError({}, { region: '../x' })).toContain('providerOptions.region');
  });
});

describe('request fields are checked before the network (InputError naming the field)', () => {
  it.each([
    [{ maxTokens: 1e12 }, /maxTokens/],
    [{ maxTokens: 2 ** 31 }, /maxTokens/],
    [{ maxTokens: 10.5 }, /maxTokens/],
    [{ maxTokens: Number.NaN }, /maxTokens/],
    [{ temperature: Infinity }, /temperature/],
    [{ temperature: Number.NaN }, /temperature/],
    [{ temperature: 1.5 }, /temperature/],
    [{ topP: -0.1 }, /topP/],
    [{ topK: 0 }, /topK/],
    [{ topK: 2.5 }, /topK/],
    [{ system: 42 }, /system must be a string or an array of/],
    [{ model: '.' }, /a Bedrock model ID or ARN/],
    [{ model: '..' }, /a Bedrock model ID or ARN/],
    [{ model: 'bedrock:..' }, /a Bedrock model ID or ARN/],
    [{ model: 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/../../x' }, /a Bedrock model ID or ARN/],
    [{ model: 'anthropic.claude v1' }, /a Bedrock model ID or ARN/],
    [{ model: 'a/b' }, /a Bedrock model ID or ARN/],
  ])('%o → InputError', async (request, rule) => {
    expect(await inputError(request)).toMatch(rule);
  });

  it("maxTokens above the row's maxOutputTokens → InputError naming both", async () => {
    const families = [createTestFamily({ maxOutputTokens: 8_192 })];
    expect(await inputError({ model: 'test.model-v1:0', maxTokens: 8_193 }, { families })).toMatch(/maxTokens 8193 is over the model's 8192/);
  });

  it.each([
    ['a function', () => 'source'],
    ['a BigInt', 10n],
    ['a cycle', (() => {
      const cycle: Record<string, unknown> = {};
      cycle.self = cycle;
      return cycle;
    })()],
  ])('a tool-result output holding %s → InputError, nothing sent', async (_name, value) => {
    const messages = [
      { role: 'user', content: 'weather?' },
      { role: 'assistant', content: [{ type: 'tool-call', id: 't1', name: 'w', input: {} }] },
      { role: 'user', content: [{ type: 'tool-result', id: 't1', name: 'w', output: { value } }] },
    ];
    expect(await inputError({ prompt: undefined, messages, tools: { w: { inputSchema: { type: 'object' } } } })).toMatch(/output is not JSON/);
  });

  it('valid IDs still pass: inference profiles, ARNs, versions', async () => {
    const bedrock = createBedrock({ endpoint: emulator().url, ...emulatorCredentials });
    for (const id of ['us.amazon.nova-lite-v1:0', 'bedrock:amazon.nova-lite-v1:0', 'arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0']) {
      expect((await bedrock.generateText({ model: id, prompt: 'id' })).text).toContain('id');
    }
  });
});
