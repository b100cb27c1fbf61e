// The Amazon keys of `providerOptions`, typed for every caller that imports @bedrock-kit/amazon.
declare module '@bedrock-kit/core' {
  interface FamilyProviderOptions {
    /** Titan Text Embeddings v2: return a unit-length vector. @default true (the model's) */
    normalize?: boolean;
  }
}

export {};
