/** The `providerOptions` keys of credentials and region: all that the calls without a model body read (embeddings, ApplyGuardrail). */
export const authOptionKeys: readonly string[] = ['apiKey', 'region', 'accessKeyId', 'secretAccessKey', 'sessionToken'];
