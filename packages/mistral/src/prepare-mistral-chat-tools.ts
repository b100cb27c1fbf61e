import { createNativeInputError, omitUndefined, type ModelTool, type ToolChoice } from '@bedrock-kit/core';
import type { MistralChatRequestBody } from './mistral-wire-types';

/**
 * `tools` and `tool_choice` of the chat body. The body's `tool_choice` is `auto | any | none`
 * (model-parameters-mistral-chat-completion.html): `'required'` is `any`, and a named tool is `any`
 * when it is the only tool; naming one of several can't be said natively (`InputError`; the
 * default route takes Converse for it, see `acceptsMistralRequest`).
 */
export function prepareMistralChatTools(tools: ModelTool[] | undefined, toolChoice: ToolChoice | undefined): Pick<MistralChatRequestBody, 'tools' | 'tool_choice'> {
  if (!tools?.length) return {};
  let choice: MistralChatRequestBody['tool_choice'];
  if (toolChoice === 'required') choice = 'any';
  else if (typeof toolChoice === 'object') {
    if (tools.length !== 1) {
      throw createNativeInputError('mistral', `chat body can't force one of several tools (tool_choice is auto | any | none); use providerOptions.useConverse: true.`);
    }
    choice = 'any';
  } else choice = toolChoice;
  return omitUndefined({
    tools: tools.map(({ name, description, inputSchema }) => ({ type: 'function' as const, function: omitUndefined({ name, description, parameters: inputSchema }) })),
    tool_choice: choice,
  });
}
