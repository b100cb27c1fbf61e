import { CORAL_ERROR_SUFFIX, type AwsError } from './aws-error';
import type { RawHeader } from './sigv4/create-canonical-headers';
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
  /** The error answered when `ok` is false. */
  error?: AwsError;
}

/** Settings of `authenticateRequest`. */
export interface AuthSettings {
  credentials: readonly EmulatorCredential[];
  apiKeys: readonly string[];
  region: string;
  requireAuth: boolean;
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
  if (settings.apiKeys.includes(key)) return { ok: true, scheme: 'bearer' };
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
