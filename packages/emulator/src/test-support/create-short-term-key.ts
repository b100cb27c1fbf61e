import { presignSigV4 } from '../sigv4/presign-sigv4';

/**
 * Builds a short-term Bedrock API key from the format's specification, with
 * the emulator's own presigner (test helper; independent of the library's
 * `createBedrockApiKey`): `bedrock-api-key-` + base64 of the presigned URL
 * `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-…` (no scheme)
 * with `&Version=1` appended after signing.
 */
export function createShortTermKey(input: {
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region: string;
  /** Signing time, epoch milliseconds. */
  date: number;
  /** @default 43200 */
  expiresIn?: number;
  /** Change the presigned URL before encoding (to forge bad keys). */
  tamper?: (url: string) => string;
}): string {
  const presigned = presignSigV4({
    method: 'POST',
    url: 'https://bedrock.amazonaws.com/?Action=CallWithBearerToken',
    credentials: input.credentials,
    region: input.region,
    service: 'bedrock',
    date: input.date,
    expiresIn: input.expiresIn ?? 43_200,
  });
  let url = `${presigned.replace(/^https:\/\//, '')}&Version=1`;
  if (input.tamper) url = input.tamper(url);
  return `bedrock-api-key-${Buffer.from(url, 'utf8').toString('base64')}`;
}
