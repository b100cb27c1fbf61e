/** The reasoning text a message or stream delta carries in `reasoning_content` (or `reasoning`); `undefined` when absent or empty. */
export function readOpenaiOssReasoning(source: Record<string, unknown>): string | undefined {
  const reasoning = source.reasoning_content ?? source.reasoning;
  return typeof reasoning === 'string' && reasoning !== '' ? reasoning : undefined;
}
