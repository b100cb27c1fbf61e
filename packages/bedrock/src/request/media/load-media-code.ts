import { loadOnUse, type Message, type Part } from '@bedrock-kit/core';

type MediaCode = typeof import('./media-code');

// Set when the chunk has loaded; a module value, so the converters that run after it stay synchronous.
let loaded: MediaCode | undefined;
// Made on first use: nothing runs at import time.
let load: (() => Promise<MediaCode>) | undefined;

/** Loads the media parts' Converse code (once); a Converse call that holds a media part waits for it before its step. */
export function loadMediaCode(): Promise<unknown> {
  load ??= loadOnUse('the media parts code for Converse (image, document, video)', () => import('./media-code').then((code) => (loaded = code)));
  return load();
}

/** The media parts' code, which `loadMediaCode` has loaded: `hasMediaPart` decided that before any converter runs. */
export function readMediaCode(): MediaCode {
  if (!loaded) throw new Error('bedrock-kit: a media part reached a converter before its code was loaded (a bug: please report it).');
  return loaded;
}

/** Whether the media code is still to load for these messages (one of them holds an image, document or video part, tool results' content included). */
export function needsMediaCode(messages: readonly Message[]): boolean {
  return !loaded && messages.some(({ content }) => typeof content !== 'string' && content.some(isOrHoldsMedia));
}

function isOrHoldsMedia(part: Part): boolean {
  return part.type === 'image' || part.type === 'document' || part.type === 'video' || (part.type === 'tool-result' && (part.content ?? []).some(isOrHoldsMedia));
}
