import { getSigningKey } from '@smithy/signature-v4';
import type { AwsCredentials } from './aws-credentials';
import { Sha256 } from '#sha256';

interface CachedKey {
  secretAccessKey: string;
  scope: string;
  key: Uint8Array;
}

/** Access key IDs remembered at once; a process signs with a handful, so more means churn. */
const MAX_CACHED_ACCESS_KEYS = 16;

// The last signing key per access key ID. smithy's getSigningKey keeps its own cache but pays an
// HMAC per call to build the cache key (a quarter of a signature's hashing); this lookup is two
// string comparisons. Keyed by value, not by the credentials object: resolveAuth builds a new
// object on every call for keys from options, putKey or the environment.
let lastKeys: Map<string, CachedKey> | undefined;

/**
 * The SigV4 signing key for one credential scope (`shortDate/region/service/aws4_request`),
 * derived by smithy's `getSigningKey` and reused while the secret and the scope stay the same
 * (a day per region and service). The same bytes come back each time, so a Web Crypto HMAC key
 * imported from them is reused too.
 */
export async function deriveSigningKey(credentials: AwsCredentials, shortDate: string, region: string, service: string, scope: string): Promise<Uint8Array> {
  lastKeys ??= new Map();
  const { accessKeyId, secretAccessKey } = credentials;
  const cached = lastKeys.get(accessKeyId);
  if (cached?.scope === scope && cached.secretAccessKey === secretAccessKey) return cached.key;
  const key = await getSigningKey(Sha256, credentials, shortDate, region, service);
  lastKeys.delete(accessKeyId); // re-inserted last: the Map's order is oldest first
  if (lastKeys.size >= MAX_CACHED_ACCESS_KEYS) lastKeys.delete(lastKeys.keys().next().value!);
  lastKeys.set(accessKeyId, { secretAccessKey, scope, key });
  return key;
}
