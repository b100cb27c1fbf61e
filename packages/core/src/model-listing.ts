import type { ModelCapabilities } from './model-capabilities';

/**
 * One row of a family's model table as the docs show it: what `listModels()` of
 * `@bedrock-kit/<family>/models` returns, one per model (or per model pattern). The README's
 * capability matrix is generated from these rows (`node tools/scripts/capability-matrix.mjs --write`).
 */
export interface ModelListing {
  /** The model's name as AWS lists it, e.g. `Llama 3.3 70B Instruct`. */
  readonly name: string;
  /**
   * A concrete foundation-model ID (`meta.llama3-3-70b-instruct-v1:0`), or a pattern ending in `*`
   * for a row the family matches by prefix (`anthropic.claude-3-sonnet-*`).
   */
  readonly id: string;
  /** What the model can do: the capabilities the facade checks before sending. */
  readonly capabilities: ModelCapabilities;
  /**
   * Bedrock serves the bare ID only through a cross-region inference profile (`us.<id>`, `eu.<id>` …),
   * so a call with the bare ID is refused before sending, naming the profile.
   */
  readonly profileOnly: boolean;
}
