/**
 * `x-amzn-ErrorType` may carry a suffix after `:` (AWS appends a URL, e.g.
 * `ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/`).
 */
export function parseErrorType(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const type = header.split(':')[0]?.trim();
  return type === '' ? undefined : type;
}
