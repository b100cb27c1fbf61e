import { getSigningKey } from '@smithy/signature-v4';
import type { AwsCredentials } from './aws-credentials';
import { Sha256 } from '#sha256';

interface CachedKey {
  secretAccessKey: string;
  scope: string;
  key: Uint8Array;
}

// The last signing key of each credentials object. smithy's getSigningKey keeps its own cache
// but pays an HMAC per call to build the cache key (a quarter of a signature's hashing); this
// lookup is two string comparisons. Weak, so the entry (and the secret it compares with) goes
// away with the credentials object.
let lastKeys: WeakMap<AwsCredentials, CachedKey> | undefined;

/**
 * The SigV4 signing key for one credential scope (`shortDate/region/service/aws4_request`),
 * derived by smithy's `getSigningKey` and reused while the secret and the scope stay the same
 * (a day per region and service).
 */
export async function deriveSigningKey(credentials: AwsCredentials, shortDate: string, region: string, service: string, scope: string): Promise<Uint8Array> {
  lastKeys ??= new WeakMap();
  const cached = lastKeys.get(credentials);
  if (cached?.scope === scope && cached.secretAccessKey === credentials.secretAccessKey) return cached.key;
  const key = await getSigningKey(Sha256, credentials, shortDate, region, service);
  lastKeys.set(credentials, { secretAccessKey: credentials.secretAccessKey, scope, key });
  return key;
}
