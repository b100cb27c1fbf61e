import type { LlamaPromptTemplate } from './meta-llama-models';

/**
 * The chat template of a Meta foundation-model ID: Llama 2 and 3.x use the
 * Llama 3 header tokens (Llama 2 is not served natively anyway), Llama 4 and
 * anything newer the Llama 4 tokens.
 */
export function selectLlamaTemplate(baseModelId: string): LlamaPromptTemplate {
  return /^meta\.llama[23]/.test(baseModelId) ? 'llama3' : 'llama4';
}
