/** Marker shown in place of a secret value. */
export const REDACTED = '[redacted]';

// Node's util.inspect looks this symbol up; defined by name so no node:util import is needed.
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * Makes `target` safe to print: each secret becomes a read-only, non-enumerable property
 * (readable by code, invisible to `JSON.stringify`, `Object.keys` and spreading), and
 * `toString`, `toJSON` and `util.inspect` show the public fields with the secrets replaced by
 * `[redacted]`. Returns `target`, frozen.
 */
export function attachRedaction<T extends object>(
  target: T,
  typeName: string,
  secrets: Record<string, string | undefined>,
): T {
  const redactedView: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [name, value] of Object.entries(secrets)) {
    if (value === undefined) continue;
    Object.defineProperty(target, name, { value });
    redactedView[name] = REDACTED;
  }
  const describe = () => `${typeName} ${JSON.stringify(redactedView)}`;
  Object.defineProperties(target, {
    toJSON: { value: () => ({ ...redactedView }) },
    toString: { value: describe },
    [inspectSymbol]: { value: describe },
  });
  return Object.freeze(target);
}
