type Json = Record<string, any>;

/**
 * The conversation rules Bedrock enforces beyond the shapes, with the
 * service's own wording where it is known: a conversation starts with a user
 * message and alternates roles; tool blocks need a `toolConfig`; every
 * toolResult answers a toolUse of the previous assistant turn and every
 * toolUse is answered in the next user turn; a forced tool exists.
 * Returns the first broken rule's message.
 */
export function validateConverseSemantics(body: Json): string | undefined {
  const messages: Json[] = Array.isArray(body.messages) ? body.messages : [];
  if (messages.length === 0 || messages[0]?.role !== 'user') {
    return 'A conversation must start with a user message. Try again with a conversation that starts with a user message.';
  }
  for (let i = 1; i < messages.length; i++) {
    if (messages[i]?.role === messages[i - 1]?.role) {
      return 'A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.';
    }
  }
  const blocks = (m: Json | undefined): Json[] => (Array.isArray(m?.content) ? m!.content : []);
  const usesTools = messages.some((m) => blocks(m).some((b) => b?.toolUse || b?.toolResult));
  if (usesTools && !body.toolConfig) {
    return 'The toolConfig field must be defined when using toolUse and toolResult content blocks.';
  }
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i]!;
    if (message.role === 'user') {
      const previous = i > 0 ? messages[i - 1] : undefined;
      const offered = new Set(blocks(previous).filter((b) => b?.toolUse).map((b) => b.toolUse.toolUseId));
      for (const [j, block] of blocks(message).entries()) {
        const id = block?.toolResult?.toolUseId;
        if (id !== undefined && !offered.has(id)) {
          return `messages.${i}.content.${j}: unexpected toolUseId found in toolResult blocks: ${id}. Each toolResult block must have a corresponding toolUse block in the previous message.`;
        }
      }
    }
    if (message.role === 'assistant' && i + 1 < messages.length) {
      const answered = new Set(blocks(messages[i + 1]).filter((b) => b?.toolResult).map((b) => b.toolResult.toolUseId));
      const missing = blocks(message).filter((b) => b?.toolUse && !answered.has(b.toolUse.toolUseId)).map((b) => b.toolUse.toolUseId);
      if (missing.length > 0) {
        return `Expected toolResult blocks at messages.${i + 1}.content for the following Ids: ${missing.join(', ')}`;
      }
    }
  }
  const forced = body.toolConfig?.toolChoice?.tool?.name;
  if (forced !== undefined) {
    const names = (body.toolConfig.tools ?? []).map((t: Json) => t?.toolSpec?.name);
    if (!names.includes(forced)) return `The tool ${forced} specified in toolChoice is not defined in toolConfig.tools.`;
  }
  return undefined;
}
