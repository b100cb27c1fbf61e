/** A signing time as SigV4 writes it: `2015-08-30T12:36:00.000Z` → `20150830T123600Z`. */
export function formatAmzDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}|[-:]/g, '');
}
