import { describe, expect, it } from 'vitest';
import { ConfigError } from './errors/config-error';
import { loadOnUse, readLoaded } from './load-on-use';

describe('loadOnUse', () => {
  it('loads the module once, however many calls ask for it', async () => {
    let loads = 0;
    const code = { what: 'the test module', load: async () => ({ value: ++loads }) };
    const load = () => loadOnUse(code);
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect((await load()).value).toBe(1);
    expect(loads).toBe(1);
  });

  it('turns a failed load into a ConfigError naming what was loading, and tries again on the next call', async () => {
    let attempts = 0;
    const code = {
      what: 'the SigV4 signer',
      load: async () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module: https://app.example/chunk-1.js');
        return { ok: true };
      },
    };
    const load = () => loadOnUse(code);
    const error = await load().catch((caught: unknown) => caught);
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as ConfigError).message).toMatch(/could not load the SigV4 signer .*Failed to fetch dynamically imported module/);
    expect((error as ConfigError).retryable).toBe(false);
    expect(await load()).toEqual({ ok: true });
    expect(attempts).toBe(2);
  });

  it('readLoaded gives the loaded module, and names the code when it was read before loading (a bug, not a ConfigError)', async () => {
    const code = { what: 'the test module', load: async () => ({ value: 1 }) };
    expect(() => readLoaded(code)).toThrow('bedrock-kit: the test module was used before it was loaded (a bug: please report it).');
    expect(() => readLoaded(code)).not.toThrow(ConfigError);
    const loaded = await loadOnUse(code);
    expect(readLoaded(code)).toBe(loaded);
  });
});
