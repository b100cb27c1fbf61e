export { createBedrockKit } from './create-bedrock-kit';
export type { BedrockKitProvider } from './create-bedrock-kit';
export type { BedrockOptions } from '@bedrock-kit/bedrock';
