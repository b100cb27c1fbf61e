/*
 * A redacted reasoning block is one opaque string in Anthropic's Messages API (`data`), but a
 * blob in Converse (`redactedContent`, base64 of those same bytes on the JSON wire). bedrock-kit
 * keeps `ReasoningPart.redacted` in the Converse form, so a conversation can move between routes
 * (tools ⇒ Converse, no tools ⇒ native) and still send the block back byte for byte.
 * Recorded evidence: pydantic-ai test_bedrock_model_thinking_part_redacted_stream carries
 * `redactedContent: "RXRrRUNr…"`, whose bytes are the native `data` form `EtkECk…`.
 */

import { convertBytesToBase64 } from '@bedrock-kit/core';

/**
 * Native `redacted_thinking.data` → `ReasoningPart.redacted` (Converse form). The data is
 * base64 text in practice; encoding its UTF-8 bytes (not `btoa`, which throws outside Latin-1)
 * keeps any string the stream carries.
 */
export function convertRedactedDataToPart(data: string): string {
  return convertBytesToBase64(new TextEncoder().encode(data));
}

/**
 * `ReasoningPart.redacted` → native `redacted_thinking.data`. Accepts both forms: a value whose
 * decoded bytes are not themselves base64 text was given in the native form and is sent unchanged.
 */
export function convertRedactedPartToData(redacted: string): string {
  let decoded: string;
  try {
    decoded = atob(redacted);
  } catch {
    return redacted;
  }
  return /^[A-Za-z0-9+/=_-]+$/.test(decoded) ? decoded : redacted;
}
