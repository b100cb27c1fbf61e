import type { LlamaPromptTemplate } from './meta-llama-models';

/** The special tokens of one Llama chat template. */
export interface LlamaPromptTokens {
  beginOfText: string;
  headerStart: string;
  headerEnd: string;
  endOfTurn: string;
}

/**
 * Llama 3.x tokens (https://www.llama.com/docs/model-cards-and-prompt-formats/meta-llama-3/,
 * and the template on https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html)
 * and Llama 4 tokens, three of which were renamed
 * (https://www.llama.com/docs/model-cards-and-prompt-formats/llama4/).
 */
export const llamaPromptTokens: Record<LlamaPromptTemplate, LlamaPromptTokens> = {
  llama3: {
    beginOfText: '<|begin_of_text|>',
    headerStart: '<|start_header_id|>',
    headerEnd: '<|end_header_id|>',
    endOfTurn: '<|eot_id|>',
  },
  llama4: {
    beginOfText: '<|begin_of_text|>',
    headerStart: '<|header_start|>',
    headerEnd: '<|header_end|>',
    endOfTurn: '<|eot|>',
  },
};
