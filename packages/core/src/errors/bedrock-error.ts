/** Constructor parameters shared by every bedrock-kit error. */
export interface BedrockErrorOptions {
  message: string;
  /** Whether the same request may succeed if sent again. @default false */
  retryable?: boolean;
  /** HTTP status, where the error came from a response. */
  status?: number;
  /** The `x-amzn-RequestId` of the failed call. */
  requestId?: string;
  /** `x-amzn-ErrorType` or the in-stream `:exception-type`, e.g. `ThrottlingException`. */
  errorType?: string;
  cause?: unknown;
}

// The marker is a module constant, not `BedrockError.marker` in the class body: a class that names itself is
// emitted by esbuild as `class _BedrockError`, and `console.log(error)` then prints `_BedrockError`.
const marker: symbol = /* @__PURE__ */ Symbol.for('bedrock-kit.error');

/**
 * The base of every error bedrock-kit throws. Use `BedrockError.isInstance(e)`
 * (or a subclass's `isInstance`) rather than `instanceof`: it also works when
 * two copies of the package are installed, or across realms.
 */
export class BedrockError extends Error {
  /**
   * The `Symbol.for` key every instance carries as `true`; each subclass has its own, and an
   * instance carries its class's and the base's. Static rather than a computed class field, so
   * bundlers can drop the error classes a bundle does not use.
   */
  static readonly marker: symbol = marker;
  override name = 'BedrockError';
  // Declared, not class fields: the constructor sets each one, always (undefined when unknown).
  declare readonly retryable: boolean;
  declare readonly status?: number;
  declare readonly requestId?: string;
  declare readonly errorType?: string;

  constructor(options: BedrockErrorOptions) {
    const { message, cause, retryable = false, status, requestId, errorType } = options;
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, { retryable, status, requestId, errorType });
    // `new.target` is the class actually constructed.
    const marks = this as unknown as Record<symbol, boolean>;
    marks[marker] = marks[new.target.marker] = true;
  }

  static isInstance(error: unknown): error is BedrockError {
    return hasMarker(error, marker);
  }

  /** A plain summary; never includes the cause chain (which may hold request details). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      retryable: this.retryable,
      status: this.status,
      requestId: this.requestId,
      errorType: this.errorType,
    };
  }
}

/** Checks a `Symbol.for` marker; shared by every error class's `isInstance`. */
export function hasMarker(error: unknown, marker: symbol): boolean {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
}
