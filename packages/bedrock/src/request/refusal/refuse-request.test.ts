import { ConfigError, InputError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { explainRefusal, loadRefusalMessages, refuseRequest, refuseSetting } from './refuse-request';
import { refusalMessages } from './refusal-messages';

// The tests run in order: the first ones before anything loads the texts (this file's static import of
// `refusal-messages` is its own module instance's, not the `import()` of `refuse-request`'s descriptor).
const thrown = (refuse: () => never): unknown => {
  try {
    return refuse();
  } catch (error) {
    return error;
  }
};

describe('refuseRequest and explainRefusal', () => {
  it('before the texts are loaded, a refusal names its rule and fields; explaining it writes the message in, the stack already read too', async () => {
    const error = thrown(() => refuseRequest('toolName', 'tools.bad name', 'bad name', '^x$')) as InputError;
    expect(InputError.isInstance(error)).toBe(true);
    expect(error.message).toBe('Request refused: toolName, tools.bad name, bad name, ^x$.');
    expect(error.stack).toContain('Request refused: toolName');
    const waits: string[] = [];
    await expect(explainRefusal(error, (load) => (waits.push('waited'), load()))).rejects.toBe(error);
    expect(waits).toEqual(['waited']);
    const message = 'tools.bad name: the tool name "bad name" is not valid on Bedrock (^x$); rename it.';
    expect(error.message).toBe(message);
    expect(error.stack).toContain(`InputError: ${message}`);
    expect(error.stack).not.toContain('Request refused');
  });

  it('anything that is not a waiting refusal is thrown again at once, unchanged', () => {
    const other = new TypeError('a bug');
    expect(() => explainRefusal(other)).toThrow(other);
  });

  it('a setting refused is a ConfigError, its message the same text', () => {
    const error = thrown(() => refuseSetting('useConverseWithoutNative', 'cohere', 'cohere.command-r-v1:0')) as ConfigError;
    expect(ConfigError.isInstance(error)).toBe(true);
    expect(error.message).toBe(refusalMessages.useConverseWithoutNative('cohere', 'cohere.command-r-v1:0'));
  });

  it('once the texts are loaded, a refusal has its whole message when thrown', async () => {
    await loadRefusalMessages(); // loaded by the first test's explanation already: the same module
    const error = thrown(() => refuseRequest('maxTokensOver', 100_000, 8192)) as InputError;
    expect(error.message).toBe("maxTokens 100000 is over the model's 8192.");
    expect(() => explainRefusal(error)).toThrow(error);
  });
});
