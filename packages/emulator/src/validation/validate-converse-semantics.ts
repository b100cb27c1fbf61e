type Json = Record<string, any>;

/**
 * The conversation rules Bedrock enforces beyond the shapes, with the
 * service's own wording where it is known: a conversation starts with a user
 * message and alternates roles; tool blocks need a `toolConfig`; every
 * toolResult answers a toolUse of the previous assistant turn and every
 * toolUse is answered in the next user turn; a forced tool exists.
 * Returns the first broken rule's message.
 */
export function validateConverseSemantics(body: Json, options: { promptArn?: boolean } = {}): string | undefined {
  const fields = validateRoundTwoFields(body, options.promptArn ?? false);
  if (fields) return fields;
  const all: Json[] = Array.isArray(body.messages) ? body.messages : [];
  if (options.promptArn && all.length === 0) return undefined;
  if (all.length === 0 || all[0]?.role !== 'user') {
    return 'A conversation must start with a user message. Try again with a conversation that starts with a user message.';
  }
  const blocks = (m: Json | undefined): Json[] => (Array.isArray(m?.content) ? m!.content : []);
  // Role `system` (2026-07-31 model): a mid-conversation instruction, text only, outside the user/assistant alternation.
  for (const [i, message] of all.entries()) {
    if (message?.role !== 'system') continue;
    const bad = blocks(message).findIndex((b) => !(typeof b?.text === 'string' || b?.guardContent || b?.cachePoint));
    if (bad !== -1) return `messages.${i}.content.${bad}: a system message can only contain text, guardContent and cachePoint blocks.`;
  }
  const messages = all.filter((m) => m?.role !== 'system');
  for (let i = 1; i < messages.length; i++) {
    if (messages[i]?.role === messages[i - 1]?.role) {
      return 'A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.';
    }
  }
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

/** Prompt-management ARNs carry their own inference settings, system prompt and tools. */
const PROMPT_OWNED_FIELDS = ['system', 'inferenceConfig', 'toolConfig', 'additionalModelRequestFields'] as const;

/** Rules of the round-two members the shapes cannot express. */
function validateRoundTwoFields(body: Json, promptArn: boolean): string | undefined {
  const guardrail = body.guardrailConfig;
  if (guardrail) {
    if (!guardrail.guardrailIdentifier) return 'The guardrailConfig.guardrailIdentifier field is required when guardrailConfig is set.';
    if (!guardrail.guardrailVersion) return 'The guardrailConfig.guardrailVersion field is required when guardrailConfig is set.';
  }
  const schema = body.outputConfig?.textFormat?.structure?.jsonSchema?.schema;
  if (typeof schema === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(schema);
    } catch {
      return 'The JSON schema in outputConfig.textFormat.structure.jsonSchema.schema is not valid JSON.';
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return 'The JSON schema in outputConfig.textFormat.structure.jsonSchema.schema must be a JSON object.';
    }
  }
  for (const path of body.additionalModelResponseFieldPaths ?? []) {
    if (typeof path === 'string' && !path.startsWith('/')) {
      return `The additionalModelResponseFieldPaths value ${path} is not a valid JSON pointer: it must start with /.`;
    }
  }
  if (promptArn) {
    const owned = PROMPT_OWNED_FIELDS.find((field) => body[field] !== undefined);
    if (owned) return `The ${owned} field can't be used with a prompt resource: the prompt defines it.`;
  } else if (body.promptVariables !== undefined) {
    return 'The promptVariables field can only be used when modelId is a prompt resource ARN.';
  }
  return undefined;
}
