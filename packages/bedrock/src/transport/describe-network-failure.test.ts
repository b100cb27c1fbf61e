import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { describeNetworkFailure } from './describe-network-failure';

/** A local port with nothing listening: opened, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('describeNetworkFailure', () => {
  it("puts the cause of Node's `fetch failed` in the words (a real refused connection)", async () => {
    const port = await closedPort();
    const error = await fetch(`http://127.0.0.1:${port}/`).catch((failure: unknown) => failure);
    expect(describeNetworkFailure(error)).toMatch(new RegExp(`^fetch failed: .*ECONNREFUSED 127\\.0\\.0\\.1:${port}`));
  });

  it('names getaddrinfo ENOTFOUND host, as undici reports a failed lookup', () => {
    const cause = Object.assign(new Error('getaddrinfo ENOTFOUND bedrock-runtime.nowhere.example'), { code: 'ENOTFOUND' });
    expect(describeNetworkFailure(new TypeError('fetch failed', { cause }))).toBe('fetch failed: getaddrinfo ENOTFOUND bedrock-runtime.nowhere.example');
  });

  it('reads an AggregateError (one error per address) through its first error, and stops on repeats and non-errors', () => {
    const aggregate = new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:443'), { code: 'ECONNREFUSED' })], '');
    expect(describeNetworkFailure(new TypeError('fetch failed', { cause: aggregate }))).toBe('fetch failed: connect ECONNREFUSED ::1:443');
    expect(describeNetworkFailure(new Error('socket hang up', { cause: new Error('socket hang up') }))).toBe('socket hang up');
    expect(describeNetworkFailure('plain')).toBe('plain');
  });
});
