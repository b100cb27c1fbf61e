import { ConfigError, InputError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { explainRefusal, loadRefusalMessages, refuseRequest, refuseSetting } from './refuse-request';
import { refusalMessages } from './refusal-messages';

// The tests run in order, the first before anything loads the texts. This file's static import of
// `refusal-messages` is the same module, but the texts count as loaded only once `loadOnUse` has set the
// descriptor's module (the first explanation, or `loadRefusalMessages`).
const thrown = (refuse: () => never): InputError => {
  try {
    return refuse();
  } catch (error) {
    return error as InputError;
  }
};
const secret = 'canary-secret-Zq8sWm2LxP4vRt7YbN3kHd6JfG9cEa1U';

describe('refuseRequest and explainRefusal', () => {
  it('before the texts load, a refusal names its rule and field, never a value; explaining it writes the message in (the stack read before too)', async () => {
    const toolName = thrown(() => refuseRequest('toolName', 'tools.bad name', 'bad name', '^x$'));
    const setting = thrown(() => refuseRequest('setting', 'maxTokens', true, secret)); // a key pasted into the wrong field
    expect(InputError.isInstance(toolName)).toBe(true);
    expect([toolName.message, setting.message]).toEqual(['Request refused: toolName (tools.bad name).', 'Request refused: setting (maxTokens).']);
    expect(toolName.stack).toContain('Request refused: toolName');

    const waits: string[] = [];
    await expect(explainRefusal(toolName, (load) => (waits.push('waited'), load()))).rejects.toBe(toolName);
    expect(waits).toEqual(['waited']);
    const message = 'tools.bad name: the tool name "bad name" is not valid on Bedrock (^x$); rename it.';
    expect(toolName.message).toBe(message);
    expect(toolName.stack).toContain(`InputError: ${message}`);
    expect(toolName.stack).not.toContain('Request refused');

    // Thrown before the load, explained after it: the same text.
    await expect(explainRefusal(setting)).rejects.toBe(setting);
    expect(setting.message).toBe('maxTokens must be a positive integer up to 2147483647; got string.');
    expect(`${setting.message} ${setting.stack} ${JSON.stringify(setting)}`).not.toContain(secret);
  });

  it('anything that is not a waiting refusal is thrown again at once, unchanged', () => {
    const other = new TypeError('a bug');
    expect(() => explainRefusal(other)).toThrow(other);
  });

  it('a setting refused is a ConfigError, its message the same text', async () => {
    await loadRefusalMessages(); // so the test stands alone too
    const error = thrown(() => refuseSetting('useConverseWithoutNative', 'cohere', 'cohere.command-r-v1:0'));
    expect(ConfigError.isInstance(error)).toBe(true);
    expect(error.message).toBe(refusalMessages.useConverseWithoutNative('cohere', 'cohere.command-r-v1:0'));
  });

  it('once the texts are loaded, a refusal has its whole message when thrown, and needs no explaining', async () => {
    await loadRefusalMessages(); // loaded by the first test's explanation already: the same module
    const error = thrown(() => refuseRequest('maxTokensOver', 100_000, 8192));
    expect(error.message).toBe("maxTokens 100000 is over the model's 8192.");
    expect(() => explainRefusal(error)).toThrow(error);
  });
});
