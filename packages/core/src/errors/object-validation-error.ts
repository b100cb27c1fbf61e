import { BedrockError, type BedrockErrorOptions, hasMarker } from './bedrock-error';

export interface ObjectValidationErrorOptions extends BedrockErrorOptions {
  /** The model's output, as received. */
  raw: unknown;
  /** The validator's issues (zod issues, or what a `validate` function returned). */
  issues: unknown[];
}

// The marker is a module constant, not `ObjectValidationError.marker` in the class body: a class that names itself is
// emitted by esbuild as `class _ObjectValidationError`, and `console.log(error)` then prints `_ObjectValidationError`.
const marker: symbol = /* @__PURE__ */ Symbol.for('bedrock-kit.error.ObjectValidationError');

/** `generateObject` output does not match the schema. */
export class ObjectValidationError extends BedrockError {
  static override readonly marker: symbol = marker;
  override readonly name = 'ObjectValidationError';
  declare readonly raw: unknown;
  declare readonly issues: unknown[];

  constructor(options: ObjectValidationErrorOptions) {
    super(options);
    Object.assign(this, { raw: options.raw, issues: options.issues });
  }

  static override isInstance(error: unknown): error is ObjectValidationError {
    return hasMarker(error, marker);
  }
}
