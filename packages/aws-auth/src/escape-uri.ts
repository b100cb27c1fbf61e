/** RFC 3986 percent-encoding as SigV4 wants it: `encodeURIComponent` leaves `!'()*` alone, SigV4 encodes them. */
export function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
