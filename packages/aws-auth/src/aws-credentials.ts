import { attachRedaction } from './attach-redaction';

/**
 * AWS credentials for SigV4, the same shape the AWS SDK's providers return.
 * Values made by this package hide `secretAccessKey` and `sessionToken` from
 * `JSON.stringify`, `util.inspect`, `toString` and object spreading; read them by name.
 */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** STS session token, sent as `x-amz-security-token`. */
  readonly sessionToken?: string;
  /** When temporary credentials stop working. */
  readonly expiration?: Date;
}

/**
 * A redacting, frozen copy of `input`. Fields are copied, never referenced, so later
 * changes to `input` have no effect. Does not validate; callers check the values first.
 */
export function createAwsCredentials(input: AwsCredentials): AwsCredentials {
  const target: { accessKeyId: string; expiration?: Date } = { accessKeyId: input.accessKeyId };
  if (input.expiration !== undefined) target.expiration = new Date(input.expiration.getTime());
  return attachRedaction(target, 'AwsCredentials', {
    secretAccessKey: input.secretAccessKey,
    // An empty token means none: smithy skips it too, so don't advertise one.
    sessionToken: input.sessionToken || undefined,
  }) as AwsCredentials;
}
