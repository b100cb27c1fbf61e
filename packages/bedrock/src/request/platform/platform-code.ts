// The platform options' code, a chunk of its own: loaded only by a call that sets a platform key
// (guardrail, serviceTier, latency, requestMetadata, additionalModelResponseFieldPaths,
// promptVariables, baseModel, promptCache) or a key nothing knows (the nearest-key suggestion).
// See `needsPlatformCode`.
export { applyPlatformOptions } from './apply-platform-options';
export { checkPromptCache } from './check-prompt-cache';
export { readBaseModel } from './read-base-model';
export { checkProviderOptionKeys } from './check-provider-option-keys';
export { readPlatformOptions } from './read-platform-options';
