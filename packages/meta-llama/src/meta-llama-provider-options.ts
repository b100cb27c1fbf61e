// The Llama keys of `providerOptions`, typed for every caller that imports @bedrock-kit/meta-llama.
declare module '@bedrock-kit/core' {
  interface FamilyProviderOptions {
    /** Native route: send the single user text as the prompt, without the Llama chat template. */
    metaLlamaRawPrompt?: boolean;
  }
}

export {};
