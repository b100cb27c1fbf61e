/** Tool arguments arrive as a JSON string; empty means `{}`, and text that is not JSON is kept as the raw string. */
export function parseOpenaiOssToolArguments(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? {};
  if (value.trim() === '') return {};
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
