/** Media types and the `format` Nova's image, document and video blocks take (Nova request schema pages). */
export const novaMediaFormats = {
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
} as const satisfies Record<'image' | 'document' | 'video', Record<string, string>>;

/** The Nova `format` of a media type, or undefined when Nova has none for it. */
export function mapNovaMediaFormat(kind: keyof typeof novaMediaFormats, mediaType: string): string | undefined {
  const formats: Record<string, string> = novaMediaFormats[kind];
  const key = mediaType.split(';')[0]!.trim().toLowerCase();
  return Object.hasOwn(formats, key) ? formats[key] : undefined;
}
