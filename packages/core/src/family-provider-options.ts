/**
 * The typed `providerOptions` keys of the installed families. Empty here: a
 * family package adds its keys by module augmentation
 * (`declare module '@bedrock-kit/core' { interface FamilyProviderOptions { … } }`),
 * so the facade's `ProviderOptions` type names no family's keys itself.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by module augmentation
export interface FamilyProviderOptions {}
