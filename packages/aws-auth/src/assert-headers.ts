import { ConfigError } from '@bedrock-kit/core';

// RFC 9110 token characters: what fetch accepts as a header name.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Any control character (C0, DEL, C1): CR or LF would split the header, NUL ends it early, and
// fetch would reject it with an error that quotes the value.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Checks extra request headers before anything is sent: a plain object of string values whose
 * names are header tokens and whose values hold no control character (CR, LF, NUL, …; a tab
 * neither). Values are never quoted in the error (a header may carry a token); names are.
 *
 * @param label the setting's name in messages. @default 'headers'
 * @throws ConfigError naming the header.
 * @example
 * assertHeaders({ 'x-trace-id': traceId });
 */
export function assertHeaders(headers: unknown, label = 'headers'): asserts headers is Record<string, string> {
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new ConfigError({ message: `${label} must be an object of header names to string values.` });
  }
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) {
      throw new ConfigError({ message: `${label} has a header name that is not a valid HTTP token (${JSON.stringify(name.slice(0, 40))}).` });
    }
    if (typeof value !== 'string') {
      throw new ConfigError({ message: `${label}[${JSON.stringify(name)}] must be a string, not ${value === null ? 'null' : typeof value}.` });
    }
    if (CONTROL_CHARACTER.test(value)) {
      throw new ConfigError({ message: `${label}[${JSON.stringify(name)}] has a control character (CR, LF, NUL, …); its value is not shown.` });
    }
  }
}
