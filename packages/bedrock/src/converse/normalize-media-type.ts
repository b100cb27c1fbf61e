/** `Image/JPEG; charset=x` → `image/jpeg`: parameters and case don't change the format. */
export function normalizeMediaType(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}
