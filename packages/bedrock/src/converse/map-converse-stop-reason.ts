/**
 * Maps a Converse stop reason to the finish reason of the result. The table lives in core because
 * Claude's native `stop_reason`s are the same strings, so a bundle with the anthropic family
 * carries it once.
 */
export { mapConverseStopReason } from '@bedrock-kit/core';
