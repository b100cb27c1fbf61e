import type { ResolvedAuth } from './auth-settings';
import { createBearerHeaders } from './create-bearer-headers';
import type { SignableRequest } from './signable-request';
import { signRequest } from './sign-request';

/** Options of {@link createAuthHeaders}. */
export interface CreateAuthHeadersOptions {
  /** From `resolveAuth`. */
  auth: ResolvedAuth;
  /** Signing region (SigV4 only). */
  region: string;
  /** Signing time (SigV4 only), e.g. `clock.now()`. @default new Date() */
  signingDate?: Date;
  /** Signing name (SigV4 only). @default 'bedrock' */
  service?: string;
}

/**
 * The headers to send for `request` under either kind of auth: your headers plus
 * `authorization: Bearer …` for an API key, or the SigV4 headers of {@link signRequest}.
 * Call it right before each send (also before each retry) so the signing time is current.
 * An API-key call never loads the SigV4 signer; the first SigV4 call does.
 *
 * @throws ConfigError as {@link signRequest} does, also when the signer cannot be loaded.
 */
export async function createAuthHeaders(request: SignableRequest, options: CreateAuthHeadersOptions): Promise<Record<string, string>> {
  const { auth } = options;
  if (auth.kind === 'bearer') {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (name.toLowerCase() !== 'authorization') headers[name] = value;
    }
    return { ...headers, ...createBearerHeaders(auth.apiKey) };
  }
  return signRequest(request, {
    credentials: auth.credentials,
    region: options.region,
    service: options.service,
    signingDate: options.signingDate,
  });
}
