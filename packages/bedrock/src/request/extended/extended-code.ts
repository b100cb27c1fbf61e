// Round two's request features, a chunk of their own: `system` as parts and mid-conversation system
// messages, `reasoning`, structured output, and every part beyond plain text and tool calls/results
// (media, S3, cache points, guarded text, reasoning parts, tool-result content) — their rules, their
// capability checks and their Converse blocks. Loaded before a call that uses one of them is
// prepared (`load-extended-code.ts`), so its rules run in the same order as ever; a conversation of
// text and tools never loads it.
export { checkContentCapabilities } from './check-content-capabilities';
export { convertExtendedPartToConverse } from './convert-extended-part-to-converse';
export { convertSystemPartsToConverse } from './convert-system-parts-to-converse';
export { prepareConverseOutputConfig } from './prepare-converse-output-config';
export { findConverseOnlyFeature } from './find-converse-only-feature';
export { prepareSystemParts, splitSystemMessages } from './prepare-system-parts';
export { validateExtendedPart } from './validate-extended-part';
export { validateReasoning } from './validate-reasoning';
