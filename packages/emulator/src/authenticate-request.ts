import { CORAL_ERROR_SUFFIX, type AwsError } from './aws-error';
import type { RawHeader } from './sigv4/create-canonical-headers';
import { parseAmzDate } from './check-signature-window';
import { verifyPresignedSigV4 } from './sigv4/verify-presigned-sigv4';
import { verifySigV4, type SigV4Failure } from './sigv4/verify-sigv4';

/** Keys the emulator accepts. */
export interface EmulatorCredential {
  accessKeyId: string;
  secretAccessKey: string;
  /** When set, the request must carry it as `x-amz-security-token`. */
  sessionToken?: string;
}

/** How a request authenticated (recorded on every request). */
export interface AuthResult {
  ok: boolean;
  scheme: 'sigv4' | 'bearer' | 'none';
  accessKeyId?: string;
  /** Region of the credential scope. */
  region?: string;
  /** The signature time (`X-Amz-Date`), checked again when the emulator answers. */
  amzDate?: string;
  signedHeaders?: string[];
  /** Whether a session token was sent and matched. */
  sessionToken?: boolean;
  /** Bearer: a long-term key from `apiKeys`, or a short-term key (a presigned URL) verified by signature. */
  apiKeyKind?: 'long-term' | 'short-term';
  /** Short-term API key: when it expires, epoch milliseconds. */
  expiresAt?: number;
  /** The error answered when `ok` is false. */
  error?: AwsError;
}

/** Settings of `authenticateRequest`. */
export interface AuthSettings {
  credentials: readonly EmulatorCredential[];
  apiKeys: readonly string[];
  region: string;
  requireAuth: boolean;
  /** Emulator time, for the expiry of short-term API keys. */
  now: () => number;
}

/** The request as received. */
export interface ReceivedRequest {
  method: string;
  target: string;
  rawHeaders: readonly RawHeader[];
  body: Uint8Array;
}

const API_KEY_PREFIXES = ['ABSK', 'bedrock-api-key-'];

/**
 * Authenticates a request by its Authorization header: `Bearer <api key>` or
 * SigV4 (service `bedrock`, the emulator's region), answering the errors AWS
 * answers. Only the signature is checked here; its time is checked when the
 * emulator responds (`checkSignatureWindow`).
 */
export function authenticateRequest(request: ReceivedRequest, settings: AuthSettings): AuthResult {
  const authorization = headerValue(request.rawHeaders, 'authorization');
  if (authorization === undefined) {
    if (!settings.requireAuth) return { ok: true, scheme: 'none' };
    return fail('none', coral(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token'));
  }
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (bearer) return authenticateBearer(bearer[1]!.trim(), settings);
  const result = verifySigV4(
    { method: request.method, target: request.target, headers: request.rawHeaders, body: request.body },
    {
      lookupSecret: (id) => settings.credentials.find((c) => c.accessKeyId === id)?.secretAccessKey,
      region: settings.region,
      service: 'bedrock',
    },
  );
  if (!result.ok) {
    if (!settings.requireAuth) return { ok: true, scheme: 'none' };
    return { ...fail('sigv4', sigV4Error(result.failure)), accessKeyId: result.accessKeyId, amzDate: result.amzDate };
  }
  const base = {
    scheme: 'sigv4' as const,
    accessKeyId: result.accessKeyId,
    region: result.region,
    amzDate: result.amzDate,
    signedHeaders: result.signedHeaders,
  };
  const expectedToken = settings.credentials.find((c) => c.accessKeyId === result.accessKeyId)?.sessionToken;
  const sentToken = headerValue(request.rawHeaders, 'x-amz-security-token');
  if (expectedToken !== undefined || sentToken !== undefined) {
    if (sentToken !== expectedToken) {
      return { ...base, ...fail('sigv4', coral(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.')) };
    }
    return { ...base, ok: true, sessionToken: true };
  }
  return { ...base, ok: true };
}

function authenticateBearer(key: string, settings: AuthSettings): AuthResult {
  if (settings.apiKeys.includes(key)) return { ok: true, scheme: 'bearer', apiKeyKind: 'long-term' };
  if (key.startsWith(SHORT_TERM_PREFIX)) {
    const result = authenticateShortTermKey(key.slice(SHORT_TERM_PREFIX.length), settings);
    if (result.ok || settings.requireAuth) return result;
  }
  if (!settings.requireAuth) return { ok: true, scheme: 'none' };
  if (!API_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) {
    return fail('bearer', { status: 403, type: 'AccessDeniedException', message: 'Invalid API Key format: Must start with pre-defined prefix' });
  }
  return fail('bearer', {
    status: 403,
    type: 'AccessDeniedException',
    message: 'Authentication failed: Please make sure your API Key is valid.',
  });
}

const SHORT_TERM_PREFIX = 'bedrock-api-key-';
const SHORT_TERM_HOST = 'bedrock.amazonaws.com';
/** The longest a short-term key may live: 12 hours. */
const SHORT_TERM_MAX_SECONDS = 43_200;

/**
 * A short-term Bedrock API key: `bedrock-api-key-` + base64 of the presigned
 * URL `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-…&Version=1`
 * (SigV4 query signature, service `bedrock`, POST, host signed, empty-body
 * payload hash; `Version=1` appended after signing). Verified as Bedrock does:
 * the signature against the known IAM keys and region, the session token of
 * temporary keys, the expiry (at most 12 h) against the emulator clock.
 */
function authenticateShortTermKey(encoded: string, settings: AuthSettings): AuthResult {
  const invalid = fail('bearer', {
    status: 403,
    type: 'AccessDeniedException',
    message: 'Authentication failed: Please make sure your API Key is valid.',
  });
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const url = decoded.replace(/^https:\/\//, '');
  if (!url.startsWith(`${SHORT_TERM_HOST}/?`)) return invalid;
  const query = url.slice(SHORT_TERM_HOST.length + 2);
  const params = new URLSearchParams(query);
  if (params.get('Action') !== 'CallWithBearerToken' || params.get('Version') !== '1') return invalid;
  const result = verifyPresignedSigV4(
    { method: 'POST', path: '/', query, host: SHORT_TERM_HOST },
    {
      lookupSecret: (id) => settings.credentials.find((c) => c.accessKeyId === id)?.secretAccessKey,
      region: settings.region,
      service: 'bedrock',
      ignoredParameters: ['Version'],
    },
  );
  if (!result.ok) return { ...invalid, ...(result.accessKeyId ? { accessKeyId: result.accessKeyId } : {}) };
  const base = { scheme: 'bearer' as const, apiKeyKind: 'short-term' as const, accessKeyId: result.accessKeyId, region: result.region };
  const expected = settings.credentials.find((c) => c.accessKeyId === result.accessKeyId)?.sessionToken;
  if (result.sessionToken !== expected) {
    return { ...base, ...fail('bearer', { status: 403, type: 'AccessDeniedException', message: 'Authentication failed: The security token included in the API key is invalid.' }) };
  }
  const signedAt = parseAmzDate(result.amzDate);
  const expiresAt = signedAt + result.expiresSeconds * 1000;
  if (result.expiresSeconds < 1 || result.expiresSeconds > SHORT_TERM_MAX_SECONDS) {
    return { ...base, ...fail('bearer', { status: 403, type: 'AccessDeniedException', message: 'Authentication failed: X-Amz-Expires must be from 1 to 43200 seconds.' }) };
  }
  const now = settings.now();
  if (now >= expiresAt) {
    return { ...base, expiresAt, ...fail('bearer', { status: 403, type: 'AccessDeniedException', message: 'Authentication failed: Bearer Token has expired.' }) };
  }
  if (signedAt - now > 5 * 60 * 1000) {
    return { ...base, expiresAt, ...fail('bearer', { status: 403, type: 'AccessDeniedException', message: 'Authentication failed: Bearer Token is not yet valid.' }) };
  }
  return { ...base, ok: true, expiresAt, ...(expected !== undefined ? { sessionToken: true } : {}) };
}

function sigV4Error(failure: SigV4Failure): AwsError {
  switch (failure) {
    case 'missing':
      return coral(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
    case 'incomplete':
      return coral(400, 'IncompleteSignatureException', "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
    case 'missing-date':
      return coral(400, 'IncompleteSignatureException', "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    case 'host-not-signed':
      return coral(403, 'InvalidSignatureException', "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    case 'unknown-key':
      return coral(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
    case 'scope-date':
      return coral(403, 'InvalidSignatureException', 'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP.');
    case 'terminator':
      return coral(403, 'InvalidSignatureException', "Credential should be scoped with a valid terminator: 'aws4_request'.");
    case 'region':
      return coral(403, 'InvalidSignatureException', 'Credential should be scoped to a valid region. ');
    case 'service':
      return coral(403, 'InvalidSignatureException', "Credential should be scoped to correct service: 'bedrock'. ");
    case 'signature':
      return coral(
        403,
        'InvalidSignatureException',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      );
  }
}

function coral(status: number, type: string, message: string): AwsError {
  return { status, type, message, typeSuffix: CORAL_ERROR_SUFFIX };
}

function fail(scheme: AuthResult['scheme'], error: AwsError): AuthResult {
  return { ok: false, scheme, error };
}

function headerValue(headers: readonly RawHeader[], name: string): string | undefined {
  const values = headers.filter(([key]) => key.toLowerCase() === name).map(([, value]) => value);
  return values.length === 0 ? undefined : values.join(',');
}
