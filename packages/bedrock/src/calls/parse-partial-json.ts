/**
 * The value a prefix of a JSON text describes so far, for `streamObject`'s partial objects:
 * open objects, arrays and strings are closed where the text stops; a member whose key or value
 * has not started is left out, as is a `true` / `false` / `null` still being written; a number is
 * read as far as it goes. Returns `undefined` when nothing is there yet or the text is not JSON.
 */
export function parsePartialJson(text: string): unknown {
  const state = { text, at: 0, ended: false };
  try {
    return readValue(state)?.value;
  } catch {
    return undefined;
  }
}

interface Cursor {
  text: string;
  at: number;
  /** The text ran out: every reader returns what it has. */
  ended: boolean;
}

const escapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function skipSpace(c: Cursor): boolean {
  while (c.at < c.text.length && ' \t\n\r'.includes(c.text[c.at]!)) c.at++;
  if (c.at >= c.text.length) c.ended = true;
  return !c.ended;
}

function readValue(c: Cursor): { value: unknown } | undefined {
  if (!skipSpace(c)) return undefined;
  const char = c.text[c.at];
  if (char === '{') return { value: readObject(c) };
  if (char === '[') return { value: readArray(c) };
  if (char === '"') return { value: readString(c) };
  return readLiteral(c);
}

function readObject(c: Cursor): Record<string, unknown> {
  c.at++;
  const out: Record<string, unknown> = {};
  for (;;) {
    if (!skipSpace(c)) return out;
    const char = c.text[c.at];
    if (char === '}') {
      c.at++;
      return out;
    }
    if (char === ',') {
      c.at++;
      continue;
    }
    if (char !== '"') throw new SyntaxError('key expected');
    const key = readString(c);
    if (c.ended || !skipSpace(c)) return out;
    if (c.text[c.at] !== ':') throw new SyntaxError(': expected');
    c.at++;
    const member = readValue(c);
    if (member !== undefined) out[key] = member.value;
    if (c.ended) return out;
  }
}

function readArray(c: Cursor): unknown[] {
  c.at++;
  const out: unknown[] = [];
  for (;;) {
    if (!skipSpace(c)) return out;
    const char = c.text[c.at];
    if (char === ']') {
      c.at++;
      return out;
    }
    if (char === ',') {
      c.at++;
      continue;
    }
    const item = readValue(c);
    if (item !== undefined) out.push(item.value);
    if (c.ended) return out;
  }
}

/** The string at the cursor (which is on its opening quote), as far as the text goes; an escape cut short is left out. */
function readString(c: Cursor): string {
  let out = '';
  for (c.at++; c.at < c.text.length; c.at++) {
    const char = c.text[c.at]!;
    if (char === '"') {
      c.at++;
      return out;
    }
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = c.text[c.at + 1];
    if (next === undefined) break;
    if (next === 'u') {
      const hex = c.text.slice(c.at + 2, c.at + 6);
      if (hex.length < 4) break;
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new SyntaxError('bad escape');
      out += String.fromCharCode(parseInt(hex, 16));
      c.at += 5;
    } else {
      if (!(next in escapes)) throw new SyntaxError('bad escape');
      out += escapes[next];
      c.at++;
    }
  }
  c.ended = true;
  return out;
}

function readLiteral(c: Cursor): { value: unknown } | undefined {
  const rest = c.text.slice(c.at);
  for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
    if (rest.startsWith(word)) {
      c.at += word.length;
      return { value };
    }
    if (word.startsWith(rest)) {
      c.ended = true; // a literal still being written
      return undefined;
    }
  }
  const number = /^-?(\d+(\.\d*)?([eE][+-]?\d*)?)?/.exec(rest)![0];
  if (number === '' || number === '-') {
    if (number === rest) {
      c.ended = true;
      return undefined;
    }
    throw new SyntaxError('value expected');
  }
  c.at += number.length;
  if (c.at >= c.text.length) c.ended = true;
  const value = Number.parseFloat(number);
  return Number.isFinite(value) ? { value } : undefined;
}
