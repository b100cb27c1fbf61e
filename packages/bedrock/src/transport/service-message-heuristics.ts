/**
 * The only places where bedrock-kit reads an error's message text. AWS gives
 * these cases no distinct error type, so the text is all there is; keep every
 * such rule here, documented.
 */

/**
 * SigV4 time-window failures. AWS answers 403 `InvalidSignatureException`
 * with "Signature expired: … is now earlier than … (… - 5 min.)" or
 * "Signature not yet current: … is still later than … (… + 5 min.)".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/signature-v4-troubleshooting.html
 */
export function isSignatureTimeMessage(message: string): boolean {
  return /signature expired|signature not yet current/i.test(message);
}

/**
 * Bedrock refuses tool use in ConverseStream for some models (gpt-oss, some
 * Llama 4) with a ValidationException saying the model "doesn't support tool
 * use in streaming mode".
 */
export function isStreamingToolUseRefusal(message: string): boolean {
  return /(doesn't|does not) support tool use in streaming mode/i.test(message);
}
