// The Cohere keys of `providerOptions`, typed for every caller that imports @bedrock-kit/cohere.
declare module '@bedrock-kit/core' {
  interface FamilyProviderOptions {
    /** `false` turns off the citations Command R models return for documents on Converse. @default true */
    cohereCitations?: boolean;
    /** Cohere Embed: how an input over the model's limit is cut. */
    cohereTruncate?: 'NONE' | 'START' | 'END';
    /** Cohere Embed: the vector types to return, e.g. `['float']` (the first one is read). */
    cohereEmbeddingTypes?: string[];
  }
}

export {};
