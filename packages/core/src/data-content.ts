import type { DataContent, MediaData, S3Data } from './message';

/** Base64 of bytes, without Node's Buffer (runs in browsers and Workers). */
export function convertBytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000; // stay under engines' argument-count limits for fromCharCode
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Bytes of a base64 (or base64url) string. */
export function convertBase64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Attachment data as base64, whichever form it was given in. */
export function convertDataContentToBase64(data: DataContent): string {
  return typeof data === 'string' ? data : convertBytesToBase64(data);
}

/** Whether media data points to an S3 object (`{ s3Uri }`) rather than holding the bytes. */
export function isS3Data(data: MediaData): data is S3Data {
  return typeof data === 'object' && data !== null && !(data instanceof Uint8Array);
}
