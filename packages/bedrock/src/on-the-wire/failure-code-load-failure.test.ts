import { AbortError, BedrockError, ConfigError, ServiceError, StreamError, ThrottlingError } from '@bedrock-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { resetGateAfterEach } from './chunk-gate.test-support';
import { drain, failure, textOf, useFaultEmulator } from './fault-matrix.test-support';

// The chunk of the failure path (`transport/failure/failure-code.ts`, loaded by the first failure)
// cannot be fetched, as a browser reports it: a page that lost its connection after it loaded, a
// deployment that dropped the file. `chunk.mode` says what the next load does: fail, wait for the
// test to release it, or load (chunk-gate.test-support.ts). A failed load is tried again by the next failure.
const { chunk, passGate } = await vi.hoisted(async () => {
  const gate = await import('./chunk-gate.test-support');
  return { chunk: gate.createChunkGate(), passGate: gate.passGate };
});
vi.mock('../transport/failure/failure-code', (importOriginal) => passGate(chunk, 'https://app.example/assets/failure-code-5d1c.js', importOriginal));
resetGateAfterEach(chunk);

const model = 'amazon.nova-lite-v1:0';
const setup = useFaultEmulator();
const emulator = () => setup.context.emulator;

/** The error and its causes, outermost first (the test runner wraps a failing mock factory's error once more). */
function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let at = error; at !== undefined && chain.length < 10; at = (at as { cause?: unknown }).cause) chain.push(at);
  return chain;
}

function expectLoadFailureAsCause(error: unknown): void {
  const [, cause, ...deeper] = causeChain(error);
  expect(ConfigError.isInstance(cause)).toBe(true);
  expect((cause as Error).message).toMatch(/could not load the code that reads failed responses \(a chunk of your bundle loaded on first use\)/);
  expect(deeper.some((at) => /Failed to fetch dynamically imported module|error when mocking/.test(String(at)))).toBe(true);
}

describe('the failure code, loaded on use, that cannot load', () => {
  it.each([
    { status: 503, type: 'ServiceUnavailableException', retryable: true },
    { status: 500, type: 'InternalServerException', retryable: true },
    { status: 429, type: 'ThrottlingException', retryable: true },
    { status: 400, type: 'ValidationException', retryable: false },
    { status: 403, type: 'AccessDeniedException', retryable: false },
  ])('HTTP $status: a ServiceError naming the status and request ID, retryable $retryable, the load failure as cause', async ({ status, type, retryable }) => {
    const loadsBefore = chunk.loads;
    emulator().enqueue({ error: { type, status, message: 'the service said so' }, times: 3 });
    const error = await failure(setup.client().generateText({ model, prompt: 'x' }));
    expect(ServiceError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ name: 'ServiceError', status, retryable });
    expect(error!.message).toMatch(new RegExp(`^HTTP ${status} from Bedrock; its error body is unread: bedrock-kit could not load the code that reads failed responses`));
    expectLoadFailureAsCause(error);
    // Retried as its status says (1 + maxRetries attempts), each failure trying the load again.
    const attempts = retryable ? 3 : 1;
    expect(emulator().requests).toHaveLength(attempts);
    expect(error!.requestId).toBe(emulator().requests[attempts - 1]!.requestId);
    expect(chunk.loads - loadsBefore).toBe(attempts);
  });

  it('an exception frame before any output: a ServiceError of its type, retryable as the type says', async () => {
    emulator().enqueue({ reply: { text: 'alpha beta' }, exceptionAfterEvents: { afterEvents: 1, type: 'throttlingException', message: 'slow down' }, times: 3 });
    const { error, events } = await drain(setup.client().streamText({ model, prompt: 'x' }));
    expect(events).toEqual([]);
    expect(ServiceError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ name: 'ServiceError', errorType: 'throttlingException', retryable: true });
    expect(error!.message).toMatch(/^throttlingException in the response stream; its message is unread: bedrock-kit could not load/);
    expectLoadFailureAsCause(error);
    expect(emulator().requests).toHaveLength(3);
  });

  it('an exception frame after output: a StreamError carrying the partial output', async () => {
    emulator().enqueue({ reply: { text: 'alpha beta gamma' }, exceptionAfterEvents: { afterEvents: 3, type: 'modelStreamErrorException', message: 'broke' } });
    const { error, events } = await drain(setup.client().streamText({ model, prompt: 'x' }));
    expect(events.length).toBeGreaterThan(0);
    expect(StreamError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ errorType: 'modelStreamErrorException', retryable: true });
    expect((error as StreamError).partial?.text).toBe(textOf(events));
    expect(textOf(events)).toMatch(/^alpha/);
    expect(ServiceError.isInstance(error!.cause)).toBe(true);
    expectLoadFailureAsCause(error!.cause);
    expect(emulator().requests).toHaveLength(1);
  });

  it('a load that hangs is bounded by the call: its abortSignal ends it with an AbortError, not a hang', async () => {
    chunk.mode = 'hang';
    const controller = new AbortController();
    chunk.onHang = () => controller.abort(new Error('the user left'));
    emulator().enqueue({ error: { type: 'ServiceUnavailableException', status: 503 } });
    const error = await failure(setup.client().generateText({ model, prompt: 'x', abortSignal: controller.signal }));
    expect(AbortError.isInstance(error)).toBe(true);
    expect(emulator().requests).toHaveLength(1);
    // After the test the load goes on, and fails (`resetGateAfterEach`): nothing waits for it any more.
  });

  it('the chunk that loads at a retry types that failure as ever, and later failures without loading again', async () => {
    chunk.mode = 'load';
    chunk.failFirst = 1;
    emulator().enqueue({ error: { type: 'ThrottlingException', retryAfter: 0 }, times: 2 });
    const result = await setup.client().generateText({ model, prompt: 'again' });
    expect(result.text).toContain('again');
    expect(emulator().requests).toHaveLength(3); // fallback 429 (load failed), ThrottlingError (loaded), success
    const loads = chunk.loads;
    emulator().enqueue({ error: { type: 'ThrottlingException', retryAfter: 0 }, times: 3 });
    const error = await failure(setup.client().generateText({ model, prompt: 'x' }));
    expect(ThrottlingError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, errorType: 'ThrottlingException', retryable: true });
    expect(BedrockError.isInstance(error!.cause)).toBe(false);
    expect(chunk.loads).toBe(loads);
  });
});
