import { escapeUri } from '@smithy/core/protocols';
import type { AwsCredentials } from './aws-credentials';
import { presignHttpRequest } from './presign-http-request';

const HOST = 'bedrock.amazonaws.com';
const KEY_PREFIX = 'bedrock-api-key-';
// The SHA-256 of an empty body: the token signs no payload.
const EMPTY_PAYLOAD_HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** What {@link mintBedrockApiKey} signs, every field already checked by `createBedrockApiKey`. */
export interface MintBedrockApiKeyInput {
  credentials: AwsCredentials;
  region: string;
  signingDate: Date;
  /** Seconds, from 1 to 43,200. */
  expiresIn: number;
}

/**
 * The presigning part of `createBedrockApiKey`: `bedrock-api-key-` + base64 of the presigned
 * `bedrock.amazonaws.com/?Action=CallWithBearerToken&…&Version=1`. A chunk of its own (loaded on
 * use) with the signer's code, so bundles that never mint a key do not hold it.
 */
export async function mintBedrockApiKey(input: MintBedrockApiKeyInput): Promise<string> {
  const { query } = await presignHttpRequest(
    { method: 'POST', protocol: 'https:', hostname: HOST, path: '/', query: { Action: 'CallWithBearerToken' }, headers: { host: HOST } },
    { ...input, service: 'bedrock', payloadHash: EMPTY_PAYLOAD_HASH },
  );
  // As smithy's formatUrl writes it, without the scheme: parameters sorted by name, RFC 3986 encoded.
  const search = Object.keys(query)
    .sort()
    .map((name) => `${escapeUri(name)}=${escapeUri(query[name] as string)}`)
    .join('&');
  // Every character is ASCII here, so btoa (browsers, Workers, Node) encodes the UTF-8 bytes.
  return `${KEY_PREFIX}${btoa(`${HOST}/?${search}&Version=1`)}`;
}
