import { normalizeMediaType } from './normalize-media-type';

/** Media types Converse takes as `DocumentBlock.format` (service model `DocumentFormat`). */
export const converseDocumentFormats: Readonly<Record<string, string>> = {
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
};

/** The Converse document format for a media type, or `undefined` when Converse can't carry it. */
export function mapConverseDocumentFormat(mediaType: string): string | undefined {
  return converseDocumentFormats[normalizeMediaType(mediaType)];
}
