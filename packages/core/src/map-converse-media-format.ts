/**
 * Media types Converse carries, by part type: `ImageBlock.format` (service
 * model `ImageFormat`), `DocumentBlock.format` (`DocumentFormat`) and
 * `VideoBlock.format` (`VideoFormat`).
 */
export const converseMediaFormats: Readonly<Record<'image' | 'document' | 'video', Readonly<Record<string, string>>>> = {
  image: { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/jpg': 'jpeg', 'image/gif': 'gif', 'image/webp': 'webp' },
  document: {
    'application/pdf': 'pdf',
    'text/csv': 'csv',
    'application/msword': 'doc',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    'application/vnd.ms-excel': 'xls',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
    'text/html': 'html',
    'text/plain': 'txt',
    'text/markdown': 'md',
    'text/x-markdown': 'md',
  },
  video: {
    'video/mp4': 'mp4',
    'video/quicktime': 'mov',
    'video/x-matroska': 'mkv',
    'video/webm': 'webm',
    'video/x-flv': 'flv',
    'video/mpeg': 'mpeg',
    'video/x-ms-wmv': 'wmv',
    'video/3gpp': 'three_gp',
  },
};

/**
 * The Converse format of an image, document or video, or `undefined` when Converse
 * can't carry it. Parameters and case don't change the format:
 * `Image/JPEG; x=y` is `jpeg`.
 */
export function mapConverseMediaFormat(kind: 'image' | 'document' | 'video', mediaType: string): string | undefined {
  const formats = converseMediaFormats[kind];
  const key = mediaType.split(';')[0]!.trim().toLowerCase();
  return Object.hasOwn(formats, key) ? formats[key] : undefined; // never "constructor" & co. from the prototype
}
