import { ConfigError, InputError, loadOnUse, type CodeOnUse } from '@bedrock-kit/core';

type Messages = typeof import('./refusal-messages').refusalMessages;
/** A rule a request can break before anything is sent (a key of `refusalMessages`). */
export type RefusalRule = keyof Messages;

// The texts are a chunk of their own (decision 0026): every call runs the checks, only a refused one
// reads a message. Nothing up front imports `refusal-messages` statically, or bundlers would keep it there.
const messages: CodeOnUse<typeof import('./refusal-messages')> = { what: 'the messages of refused requests', load: () => import('./refusal-messages') };

/** Refusals thrown before the texts were loaded, with what their message needs. Weak: a dropped error is not held. */
let unexplained: WeakMap<object, [RefusalRule, unknown[]]> | undefined;

/**
 * Refuses a request before sending: throws the `InputError` of `rule`. Once the texts are loaded its
 * message is final at once; before that it names the rule and its field, and `explainRefusal` (at
 * the edge of the preparation, which is asynchronous anyway) loads the texts and writes the message in.
 */
export function refuseRequest<Rule extends RefusalRule>(rule: Rule, ...args: Parameters<Messages[Rule]>): never {
  return refuse(InputError, rule, args);
}

/** The same for a setting of the call (`providerOptions`) that cannot work: a `ConfigError`. */
export function refuseSetting<Rule extends RefusalRule>(rule: Rule, ...args: Parameters<Messages[Rule]>): never {
  return refuse(ConfigError, rule, args);
}

function refuse(Refusal: typeof InputError | typeof ConfigError, rule: RefusalRule, args: unknown[]): never {
  const loaded = messages.module;
  const error = new Refusal({ message: loaded ? write(loaded.refusalMessages, rule, args) : fallback(rule, args) });
  if (!loaded) (unexplained ??= new WeakMap()).set(error, [rule, args]);
  throw error;
}

/**
 * A refusal thrown before the texts were loaded: a promise that loads them, writes its message in
 * and rejects with it. Anything else is thrown again as it is, at once. A chunk that cannot load
 * leaves the refusal as it was (an `InputError` naming the rule and its field). `wait` bounds the
 * load by the call's deadline where the caller does not already (its abort or timeout error wins).
 */
export function explainRefusal(error: unknown, wait = (load: () => Promise<unknown>) => load()): Promise<never> {
  const pending = unexplained?.get(error as object);
  if (!pending) throw error;
  unexplained!.delete(error as object);
  const refusal = error as Error;
  const rejectWith = () => Promise.reject(refusal);
  return wait(() => loadOnUse(messages)).then(() => {
    const before = refusal.message;
    refusal.message = write(messages.module!.refusalMessages, ...pending);
    // V8 writes `stack` on its first read: if something read it already, it holds the old message.
    if (refusal.stack?.includes(before)) refusal.stack = refusal.stack.replace(before, refusal.message);
  }).then(rejectWith, rejectWith);
}

/**
 * The message until the texts are there (or when they cannot load): the rule and its first field, which
 * is always the field's path, a tool's or a model's name. Not the values: the texts never quote a
 * value that could be anything (a key pasted into the wrong field), and neither does this.
 */
function fallback(rule: RefusalRule, [first]: unknown[]): string {
  return `Request refused: ${rule}${typeof first === 'string' ? ` (${first.slice(0, 80)})` : ''}.`;
}

function write(texts: Messages, rule: RefusalRule, args: unknown[]): string {
  return (texts[rule] as (...values: unknown[]) => string)(...args);
}

/** Loads the texts now, so every later refusal has its message at once (a test of a synchronous check, say). */
export function loadRefusalMessages(): Promise<unknown> {
  return loadOnUse(messages);
}
