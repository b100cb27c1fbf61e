import type { ToolChoice } from '@bedrock-kit/core';
import { suggestInferenceProfile } from './suggest-inference-profile';

const quote = (value: unknown): string => JSON.stringify(value);

/**
 * What a refused request says: one message per rule a request can break before anything is sent,
 * naming the field and the fix. A chunk of its own (decision 0026): the checks run on every call,
 * these texts only when one fails, so a bundle whose requests pass never loads them. The key is
 * the rule; `refuseRequest(key, …args)` throws the `InputError` whose message this builds.
 */
export const refusalMessages = {
  model: (id: string) => `model is required: a Bedrock model ID or ARN (e.g. "anthropic.claude-3-5-haiku-20241022-v1:0"), not ${quote(id.slice(0, 80))}.`,
  promptAndMessages: () => 'Give either prompt or messages, not both.',
  toolChoiceWithoutTools: (toolChoice: ToolChoice) => `toolChoice ${quote(toolChoice)} needs tools.`,
  toolChoiceUnknown: (tool: string, names: string[]) => `toolChoice names "${tool}", not one of the tools (${names.join(', ')}).`,
  setting: (key: string, count: boolean, value: unknown) =>
    `${key} must be ${count ? 'a positive integer up to 2147483647' : 'a number from 0 to 1'}; got ${typeof value === 'number' ? value : typeof value}.`,
  promptResourceField: (field: string) =>
    `${field}: a prompt-management ARN brings its own system prompt, tools and settings; drop ${field} or call the model directly.`,
  toolSchema: (name: string) => `Tool "${name}" needs an inputSchema (zod, jsonSchema(…) or JSON Schema).`,
  toolStrict: (name: string, strict: unknown) => `tools.${name}.strict must be a boolean; got ${typeof strict}.`,
  messagesEmpty: () => 'messages is empty: pass `prompt` or at least one user message.',
  role: (where: string, role: unknown) => `${where}.role is ${quote(role)}: use 'user', 'assistant' or 'system'.`,
  firstRole: (role: string) =>
    `messages[0] is from the ${role}: a conversation must start with a user message${role === 'system' ? '; put the first instructions in `system`' : ''}.`,
  noContent: (where: string) => `${where} has no content: give it text or remove it.`,
  toolCallId: (path: string) => `${path}: a tool-call id must be a non-empty string; keep the one the model returned.`,
  unansweredToolResult: (path: string, id: string) =>
    `${path}: tool-result ${quote(id)} answers no earlier tool-call; keep the assistant message that made it.`,
  toolName: (where: string, name: unknown, pattern: string) => `${where}: the tool name ${quote(name)} is not valid on Bedrock (${pattern}); rename it.`,
  toolOutput: (id: string) => `tool-result ${quote(id)}: its output is not JSON.`,
  nativeCannotCarry: (modelId: string, feature: string) =>
    `${modelId}: the native InvokeModel body can't carry ${feature}; drop useConverse: false (Converse carries it).`,
  reasoningWithoutFamily: (modelId: string) =>
    `reasoning: no configured family serves "${modelId}" to map it; pass its family to createBedrock({ families }) or use providerOptions.additionalModelRequestFields.`,
  profileOnly: (modelId: string, profile: string, region: string) =>
    `Bedrock serves ${modelId} only through an inference profile: use "${suggestInferenceProfile(profile, region)}" (or another region's prefix) as the model ID.`,
  capability: (modelId: string, family: string, feature: string, converse: boolean) =>
    `${modelId}: this ${family} model has no ${feature} on Bedrock (${converse ? 'Converse' : 'InvokeModel'}).`,
  useConverseWithoutNative: (family: string | undefined, modelId: string) =>
    `useConverse: false: ${family ? `the ${family} family has no native InvokeModel codec for "${modelId}"; use Converse` : `no configured family serves "${modelId}"; pass its family to createBedrock({ families }) or drop useConverse: false`}.`,
  maxTokensOver: (maxTokens: number, max: number) => `maxTokens ${maxTokens} is over the model's ${max}.`,
  partRole: (path: string, type: string, role: string) => `${path}: Converse takes ${type} parts only in ${role} messages; move it.`,
  systemBetween: (index: number, role: string) =>
    `messages[${index}]: a system message sits between two ${role} messages, which Converse can't send as alternating turns; move it after the other role's message.`,
  documentWithoutText: () => 'Converse: a message with a document part needs a text part too, e.g. your question about it.',
  toolChoiceMissing: (toolChoice: ToolChoice | undefined, forced: boolean, names: string[]) =>
    `toolChoice ${quote(toolChoice)} needs ${forced ? 'that tool' : 'tools'} in \`tools\` (given: ${names.join(', ') || 'none'}). Pass it or drop \`toolChoice\`.`,
  toolsMissing: () => 'The messages hold tool calls but there are no tools, which Converse requires. Pass the same `tools` as before.',
};
