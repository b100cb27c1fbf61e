/**
 * The DeepSeek-R1 chat-template tokens, as AWS's example writes them
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-deepseek.html):
 * full-width bars (U+FF5C) and the SentencePiece space (U+2581).
 */
export const deepseekPromptTokens = {
  beginOfSentence: '<\uFF5Cbegin\u2581of\u2581sentence\uFF5C>',
  endOfSentence: '<\uFF5Cend\u2581of\u2581sentence\uFF5C>',
  user: '<\uFF5CUser\uFF5C>',
  assistant: '<\uFF5CAssistant\uFF5C>',
  /** R1 opens its reasoning with this; AWS's template ends the prompt with it so the model starts reasoning at once. */
  think: '<think>\n',
} as const;
