import type { AwsError } from '../aws-error';
import type { ServiceModel } from '../load-service-model';
import { emulatorSignature } from '../conversation/create-reply';
import { formatViolations, validateShape } from './validate-shape';
import { validateConverseSemantics } from './validate-converse-semantics';

type Json = Record<string, any>;

/**
 * Validates a Converse / ConverseStream body: JSON first (SerializationException),
 * then the service model's `ConverseRequest` / `ConverseStreamRequest` shape,
 * then the conversation rules, then reasoning signatures the emulator issued.
 */
export function validateConverseRequest(
  model: ServiceModel,
  stream: boolean,
  bodyText: string,
  options: { promptArn?: boolean } = {},
): AwsError | undefined {
  let body: unknown;
  try {
    body = bodyText === '' ? {} : JSON.parse(bodyText);
  } catch {
    return { status: 400, type: 'SerializationException', message: 'Unable to parse the request body as JSON.' };
  }
  const shape = stream ? 'ConverseStreamRequest' : 'ConverseRequest';
  const violations = validateShape(model, shape, body);
  if (violations.length > 0) return validation(formatViolations(violations));
  const rule = validateConverseSemantics(body as Json, options) ?? checkSignatures(body as Json);
  return rule ? validation(rule) : undefined;
}

function validation(message: string): AwsError {
  return { status: 400, type: 'ValidationException', message };
}

/**
 * A reasoning block sent back with a signature the emulator issued must
 * carry the text it was issued for (Claude answers 400 to a tampered
 * thinking block); signatures from elsewhere are taken as they are.
 */
function checkSignatures(body: Json): string | undefined {
  for (const message of body.messages ?? []) {
    for (const block of message?.content ?? []) {
      const reasoning = block?.reasoningContent?.reasoningText;
      if (!reasoning?.signature) continue;
      const decoded = Buffer.from(String(reasoning.signature), 'base64').toString('utf8');
      if (decoded.startsWith('emulator-signature:') && reasoning.signature !== emulatorSignature(String(reasoning.text))) {
        return 'The model returned the following errors: Invalid `signature` in `thinking` block';
      }
    }
  }
  return undefined;
}
