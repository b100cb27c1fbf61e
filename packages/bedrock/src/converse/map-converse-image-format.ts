import { normalizeMediaType } from './normalize-media-type';

/** Media types Converse takes as `ImageBlock.format` (service model `ImageFormat`). */
export const converseImageFormats: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/jpg': 'jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/** The Converse image format for a media type, or `undefined` when Converse can't carry it. */
export function mapConverseImageFormat(mediaType: string): string | undefined {
  return converseImageFormats[normalizeMediaType(mediaType)];
}
