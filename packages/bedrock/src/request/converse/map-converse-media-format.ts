/**
 * Media types Converse carries, by part type: `ImageBlock.format` (service
 * model `ImageFormat`) and `DocumentBlock.format` (`DocumentFormat`).
 */
export const converseMediaFormats: Readonly<Record<'image' | 'document', Readonly<Record<string, string>>>> = {
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
};

/**
 * The Converse format of an image or document, or `undefined` when Converse
 * can't carry it. Parameters and case don't change the format:
 * `Image/JPEG; x=y` is `jpeg`.
 */
export function mapConverseMediaFormat(kind: 'image' | 'document', mediaType: string): string | undefined {
  const formats = converseMediaFormats[kind];
  const key = mediaType.split(';')[0]!.trim().toLowerCase();
  return Object.hasOwn(formats, key) ? formats[key] : undefined; // never "constructor" & co. from the prototype
}
