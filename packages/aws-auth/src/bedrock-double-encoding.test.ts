import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAwsCredentials } from './aws-credentials';
import { parseRequestUrl } from './parse-request-url';
import { signHttpRequest } from './sign-http-request';
import { signRequest } from './sign-request';

// Bedrock (like every service but S3) signs the already-encoded path encoded once more.
const credentials = createAwsCredentials({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' });
const signingDate = new Date('2024-02-29T12:34:56Z');
const host = 'bedrock-runtime.us-east-1.amazonaws.com';
const body = '{"messages":[{"role":"user","content":"Hello"}],"max_tokens":10}';

const modelCases = [
  {
    name: 'model ID with ":"',
    modelId: 'anthropic.claude-3-sonnet-20240229-v1:0',
    wirePath: '/model/anthropic.claude-3-sonnet-20240229-v1%3A0/invoke',
    canonicalPath: '/model/anthropic.claude-3-sonnet-20240229-v1%253A0/invoke',
  },
  {
    name: 'inference-profile ARN with ":" and "/"',
    modelId: 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0',
    wirePath:
      '/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Ainference-profile%2Fus.anthropic.claude-3-5-haiku-20241022-v1%3A0/invoke',
    canonicalPath:
      '/model/arn%253Aaws%253Abedrock%253Aus-east-1%253A123456789012%253Ainference-profile%252Fus.anthropic.claude-3-5-haiku-20241022-v1%253A0/invoke',
  },
];

/** The canonical request written out by hand from the SigV4 specification. */
function expectedCanonicalRequest(canonicalPath: string): string {
  return [
    'POST',
    canonicalPath,
    '',
    'content-type:application/json',
    `host:${host}`,
    'x-amz-date:20240229T123456Z',
    '',
    'content-type;host;x-amz-date',
    createHash('sha256').update(body).digest('hex'),
  ].join('\n');
}

/** Signature computed with node:crypto alone (not smithy, not our Web Crypto adapter). */
function independentSignature(canonicalRequest: string): string {
  const scope = '20240229/us-east-1/bedrock/aws4_request';
  const stringToSign = ['AWS4-HMAC-SHA256', '20240229T123456Z', scope, createHash('sha256').update(canonicalRequest).digest('hex')].join('\n');
  let key: Buffer = Buffer.from(`AWS4${credentials.secretAccessKey}`);
  for (const part of ['20240229', 'us-east-1', 'bedrock', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

describe.each(modelCases)('Bedrock path double encoding: $name', ({ modelId, wirePath, canonicalPath }) => {
  const url = `https://${host}/model/${encodeURIComponent(modelId)}/invoke`;

  it('keeps the path encoded once on the wire', () => {
    expect(new URL(url).pathname).toBe(wirePath);
    expect(parseRequestUrl(url).path).toBe(wirePath);
  });

  it('puts the path encoded twice in the canonical request', async () => {
    const { hostname, path, query, protocol } = parseRequestUrl(url);
    const signed = await signHttpRequest(
      { method: 'POST', protocol, hostname, path, query, headers: { 'content-type': 'application/json', host }, body },
      { credentials, region: 'us-east-1', service: 'bedrock', signingDate },
    );
    expect(signed.canonicalRequest).toBe(expectedCanonicalRequest(canonicalPath));
  });

  it('signRequest produces the signature of that canonical request, for service "bedrock"', async () => {
    const headers = await signRequest(
      { method: 'POST', url, headers: { 'content-type': 'application/json' }, body },
      { credentials, region: 'us-east-1', signingDate },
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240229/us-east-1/bedrock/aws4_request, ' +
        `SignedHeaders=content-type;host;x-amz-date, Signature=${independentSignature(expectedCanonicalRequest(canonicalPath))}`,
    );
  });

  it('gives the same signature for a URL object and for body bytes', async () => {
    const fromString = await signRequest({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body }, { credentials, region: 'us-east-1', signingDate });
    const fromObjects = await signRequest(
      { method: 'POST', url: new URL(url), headers: { 'content-type': 'application/json' }, body: new TextEncoder().encode(body) },
      { credentials, region: 'us-east-1', signingDate },
    );
    expect(fromObjects).toEqual(fromString);
  });
});
