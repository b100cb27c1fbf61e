import type { ModelFamily } from '@bedrock-kit/core';

/**
 * The installed model families. They are optional peer dependencies, so a
 * missing one is skipped: its models then go through Converse, which needs
 * no family.
 */
export async function loadCliFamilies(): Promise<ModelFamily[]> {
  const loaded = await Promise.all([
    import('@bedrock-kit/anthropic').then((m) => m.anthropic, () => undefined),
    import('@bedrock-kit/cohere').then((m) => m.cohere, () => undefined),
    import('@bedrock-kit/openai-oss').then((m) => m.openaiOss, () => undefined),
    import('@bedrock-kit/meta-llama').then((m) => m.metaLlama, () => undefined),
  ]);
  return loaded.filter((family): family is ModelFamily => family !== undefined);
}
