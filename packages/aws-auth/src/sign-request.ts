import { ConfigError, loadOnUse, type CodeOnUse } from '@bedrock-kit/core';
import { assertCredential } from './assert-credential';
import { assertRegion } from './assert-region';
import type { SignableRequest, SignRequestOptions } from './signable-request';

// The signer (canonical request, signing-key derivation, smithy's helpers, SHA-256 and HMAC) is a
// chunk of its own, fetched by the first signature: a bundle whose calls use an API key never loads
// it. Nothing in this package's up-front code imports it statically, or bundlers would keep it there.
const signer: CodeOnUse<typeof import('./create-sigv4-headers')> = { what: 'the SigV4 signer', load: () => import('./create-sigv4-headers') };

/**
 * Signs a request with AWS Signature Version 4 (header mode) and returns the headers to send:
 * yours plus `x-amz-date`, `x-amz-security-token` (with a session token) and `authorization`.
 * `host` is signed from the URL but not returned, because `fetch` sets it from the URL itself.
 * The path is signed encoded twice, as every AWS service but S3 expects
 * (`/model/a%3Ab/invoke` → `/model/a%253Ab/invoke` in the canonical request).
 * The first signature loads the signer (a chunk of its own in a bundle split by your bundler).
 *
 * @example
 * const headers = await signRequest(
 *   { method: 'POST', url, headers: { 'content-type': 'application/json' }, body },
 *   { credentials, region: 'us-east-1' },
 * );
 * await fetch(url, { method: 'POST', headers, body });
 * @throws ConfigError when `credentials` lacks `accessKeyId` or `secretAccessKey`, a credential has a
 * control character or whitespace, or `region` is not a region name (checked before the signer is
 * loaded; the secret is never quoted), or when the signer cannot be loaded.
 */
export async function signRequest(request: SignableRequest, options: SignRequestOptions): Promise<Record<string, string>> {
  const { credentials } = options;
  if (typeof credentials?.accessKeyId !== 'string' || typeof credentials.secretAccessKey !== 'string') {
    throw new ConfigError({ message: 'signRequest needs credentials with accessKeyId and secretAccessKey, e.g. from resolveAuth.' });
  }
  // Checked on every signing (well under a microsecond): credentials may be built by hand, and a
  // CR or LF in a header value makes fetch throw an error that quotes the value.
  assertCredential(credentials.accessKeyId, 'credentials.accessKeyId');
  assertCredential(credentials.secretAccessKey, 'credentials.secretAccessKey');
  if (credentials.sessionToken) assertCredential(credentials.sessionToken, 'credentials.sessionToken');
  assertRegion(options.region, 'region');
  const { createSigv4Headers } = await loadOnUse(signer);
  return createSigv4Headers(request, options);
}
