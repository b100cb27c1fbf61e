import type { NameSetting } from '@bedrock-kit/aws-auth';

/** How credential and region errors name a setting: `providerOptions.apiKey`, `createBedrock({ region })`. */
export const nameBedrockSetting: NameSetting = (field, source) => (source === 'call' ? `providerOptions.${field}` : `createBedrock({ ${field} })`);
