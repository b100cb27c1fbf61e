import { InputError, type Message, type ModelInfo } from '@bedrock-kit/core';

const capabilityOf = { image: 'images', document: 'documents', video: 'video' } as const;

/**
 * Refuses an image, document or video part for a Nova model whose row lacks that input (Nova Micro
 * is text only), before the Converse body is sent; the native body builder checks the same while
 * converting. Video is new in round two, so the facade's capability check may not cover it.
 */
export function checkNovaMedia(messages: Message[], model: ModelInfo): void {
  messages.forEach((message, m) => {
    if (typeof message.content === 'string') return;
    message.content.forEach((part, p) => {
      const kind = (part as { type: string }).type as keyof typeof capabilityOf;
      if (Object.hasOwn(capabilityOf, kind) && !model.capabilities[capabilityOf[kind]]) {
        throw new InputError({ message: `messages[${m}].content[${p}]: ${model.baseModelId ?? model.modelId} takes no ${kind} input.` });
      }
    });
  });
}
