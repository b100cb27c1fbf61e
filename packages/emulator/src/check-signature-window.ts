import { formatAmzDate } from './sigv4/sign-sigv4';
import { CORAL_ERROR_SUFFIX, type AwsError } from './aws-error';

/** How far a signature's time may be from the server clock. */
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;

/** Epoch milliseconds of an `X-Amz-Date` value. */
export function parseAmzDate(amzDate: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!m) return Number.NaN;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

/**
 * The SigV4 time check, with AWS's own texts. AWS runs it when it answers,
 * not when the request arrives, which is why a generation longer than five
 * minutes fails with "Signature expired" although the request was fresh.
 */
export function checkSignatureWindow(amzDate: string, now: number): AwsError | undefined {
  const signedAt = parseAmzDate(amzDate);
  const base = { status: 403, type: 'InvalidSignatureException', typeSuffix: CORAL_ERROR_SUFFIX };
  if (now - signedAt > SIGNATURE_WINDOW_MS) {
    const message =
      `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(now - SIGNATURE_WINDOW_MS)} ` +
      `(${formatAmzDate(now)} - 5 min.)`;
    return { ...base, message };
  }
  if (signedAt - now > SIGNATURE_WINDOW_MS) {
    const message =
      `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(now + SIGNATURE_WINDOW_MS)} ` +
      `(${formatAmzDate(now)} + 5 min.)`;
    return { ...base, message };
  }
  return undefined;
}
