import { InputError, type ModelRequest } from '@bedrock-kit/core';
import type { Route } from './choose-route';
import type { ModelTarget } from './resolve-model-target';

/**
 * Refuses, before any network call, a request the model can't serve according
 * to its family's capability table. Unknown models are not checked: the
 * service decides.
 */
export function checkCapabilities(target: ModelTarget, request: ModelRequest, route: Route): void {
  const { info, family } = target;
  if (!info || !family) return;
  const id = target.parsed.modelId;
  const label = family.displayName ?? family.name;
  if (info.requiredInferenceProfile !== undefined) {
    throw new InputError({
      message: `Bedrock serves ${id} only through an inference profile: use "${info.requiredInferenceProfile}" (or another regional profile such as "eu." / "apac." / "global.") as the model ID.`,
    });
  }
  const caps = info.capabilities;
  const refuse = (what: string) => {
    throw new InputError({ message: `${id}: this ${label} model has no ${what} on Bedrock (${route === 'invoke' ? 'InvokeModel' : 'Converse'}).` });
  };
  if (request.tools !== undefined && request.tools.length > 0 && !caps.tools) refuse('tool calling');
  if (request.system !== undefined && !caps.systemPrompt) refuse('system prompt');
  if (request.providerOptions.anthropicPromptCache === true && !caps.promptCaching) refuse('prompt caching');
  for (const message of request.messages) {
    if (typeof message.content === 'string') continue;
    for (const part of message.content) {
      if (part.type === 'image' && !caps.images) refuse('image input');
      if (part.type === 'document' && !caps.documents) refuse('document input');
      if ((part.type === 'tool-call' || part.type === 'tool-result') && !caps.tools) refuse('tool calling');
    }
  }
}
