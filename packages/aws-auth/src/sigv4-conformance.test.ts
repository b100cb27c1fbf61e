import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { conformancePath } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { createAwsCredentials } from './aws-credentials';
import { signHttpRequest } from './sign-http-request';
import { presignHttpRequest } from './testing/presign-http-request';
import { encodePathOnce, readSignedHeader, readSignedQuery, readSigningCase, type SigningCase } from './testing/read-signing-case';

// aws-c-auth's suite (vendored byte-exact): every case folder, header and presigned-query mode.
const folder = conformancePath('sigv4', 'v4');
const caseNames = readdirSync(folder)
  .filter((name) => statSync(join(folder, name)).isDirectory())
  .sort();
const cases = caseNames.map((name) => readSigningCase(folder, name));

/**
 * The request and options of one case. aws-c-auth has two switches (normalise the path; encode
 * it again) where smithy and our signer have one, `escapePath` (smithy's `uriEscapePath`), which
 * does both. `normalize: false` is the S3 mode: no normalisation, and the path is taken as sent
 * on the wire, i.e. the request-line path percent-encoded once.
 */
function prepare(signingCase: SigningCase) {
  const { context, request } = signingCase;
  const token = context.credentials.token;
  const options = {
    credentials: createAwsCredentials({
      accessKeyId: context.credentials.access_key_id,
      secretAccessKey: context.credentials.secret_access_key,
      // omit_session_token: the token is added after signing, outside the signature.
      sessionToken: context.omit_session_token ? undefined : token,
    }),
    region: context.region,
    service: context.service,
    signingDate: new Date(context.timestamp),
    escapePath: context.normalize,
  };
  const httpRequest = {
    method: request.method,
    protocol: 'https:',
    hostname: request.headers.Host ?? request.headers.host ?? '',
    path: context.normalize ? request.path : encodePathOnce(request.path),
    query: request.query,
    headers: { ...request.headers },
    body: request.body,
  };
  return { options, httpRequest, lateToken: context.omit_session_token ? token : undefined };
}

describe('SigV4 conformance (aws-c-auth v4 suite)', () => {
  it('finds all 38 case folders', () => {
    expect(caseNames).toHaveLength(38);
  });

  describe.each(cases)('$name', (signingCase) => {
    it('header mode: canonical request, string to sign, signature and Authorization match byte for byte', async () => {
      const expected = signingCase.expected.header;
      const { options, httpRequest, lateToken } = prepare(signingCase);
      // sign_body (smithy's applyChecksum): the sender adds x-amz-content-sha256, hashed here independently.
      if (signingCase.context.sign_body) {
        httpRequest.headers['x-amz-content-sha256'] = createHash('sha256').update(httpRequest.body ?? '').digest('hex');
      }
      const signed = await signHttpRequest(httpRequest, options);
      if (lateToken !== undefined) signed.headers['X-Amz-Security-Token'] = lateToken;

      expect(signed.canonicalRequest).toBe(expected.canonicalRequest);
      expect(signed.stringToSign).toBe(expected.stringToSign);
      expect(signed.headers.authorization).toMatch(/Signature=[0-9a-f]{64}$/);
      expect(signed.headers.authorization!.slice(-64)).toBe(expected.signature);
      expect(signed.headers.authorization).toBe(readSignedHeader(expected.signedRequest, 'Authorization'));
      expect(signed.headers['x-amz-date']).toBe(readSignedHeader(expected.signedRequest, 'X-Amz-Date'));
      const token = readSignedHeader(expected.signedRequest, 'X-Amz-Security-Token');
      const sentToken = signed.headers['x-amz-security-token'] ?? signed.headers['X-Amz-Security-Token'];
      expect(sentToken).toBe(token);
    });

    it('query mode: canonical request, string to sign, signature and presigned parameters match byte for byte', async () => {
      const expected = signingCase.expected.query;
      const { options, httpRequest, lateToken } = prepare(signingCase);
      const presigned = await presignHttpRequest(httpRequest, { ...options, expiresIn: signingCase.context.expiration_in_seconds });
      const { query } = presigned;
      if (lateToken !== undefined) query['X-Amz-Security-Token'] = lateToken;

      expect(presigned.canonicalRequest).toBe(expected.canonicalRequest);
      expect(presigned.stringToSign).toBe(expected.stringToSign);
      expect(query['X-Amz-Signature']).toBe(expected.signature);
      // The expected request line lists parameters unsorted: compare as a set.
      expect(query).toEqual(readSignedQuery(expected.signedRequest));
    });
  });
});
