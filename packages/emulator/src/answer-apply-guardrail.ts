import type { RecordedRequest } from './emulator';
import { guardrailAssessment, guardrailUsage } from './guardrail/assess-guardrail';
import { GUARDRAIL_BLOCKED_MESSAGE, hasGuardrailTrigger } from './guardrail/guardrail-trigger';
import type { ServiceModel } from './load-service-model';
import type { Script } from './script';
import { formatViolations, validateShape, type ShapeViolation } from './validation/validate-shape';
import { writeAwsError, writeJson, type Exchange } from './write-response';

/**
 * ApplyGuardrail (`POST /guardrail/{id}/version/{version}/apply`): the path
 * parameters and body validated against the service model, then the
 * emulator's guardrail: text containing `GUARDRAIL_TRIGGER` (or the script's
 * `guardrail`) intervenes. The answer has `action`
 * (`NONE` / `GUARDRAIL_INTERVENED`), `actionReason`, `outputs` (the blocked
 * message; with `outputScope: FULL` the texts also when nothing was blocked),
 * `assessments` (word policy, invocation metrics), `usage` and
 * `guardrailCoverage`, all in the service model's shapes.
 */
export function answerApplyGuardrail(
  exchange: Exchange,
  request: RecordedRequest & { modelId: string },
  script: Script | undefined,
  model: ServiceModel,
): Promise<void> {
  const invalid = (message: string) => writeAwsError(exchange, { status: 400, type: 'ValidationException', message });
  const [, id = '', version = ''] = /^\/guardrail\/([^/]*)\/version\/([^/]*)\/apply/.exec(request.path.split('?')[0]!) ?? [];
  const pathViolations: ShapeViolation[] = [
    ...validateShape(model, 'GuardrailIdentifier', safeDecode(id), 'guardrailIdentifier'),
    ...validateShape(model, 'GuardrailVersion', safeDecode(version), 'guardrailVersion'),
  ];
  if (safeDecode(id) === '') pathViolations.push({ path: 'guardrailIdentifier', value: '', constraint: 'Member must have length greater than or equal to 1' });
  if (safeDecode(version) === '') pathViolations.push({ path: 'guardrailVersion', value: '', constraint: 'Member must have length greater than or equal to 1' });
  if (pathViolations.length > 0) return invalid(formatViolations(pathViolations));
  let body: any;
  try {
    body = request.bodyText === '' ? {} : JSON.parse(request.bodyText);
  } catch {
    return writeAwsError(exchange, { status: 400, type: 'SerializationException', message: 'Unable to parse the request body as JSON.' });
  }
  const violations = validateShape(model, 'ApplyGuardrailRequest', body);
  if (violations.length > 0) return invalid(formatViolations(violations));

  const texts: string[] = body.content.flatMap((block: any) => (typeof block?.text?.text === 'string' ? [block.text.text] : []));
  const images = body.content.filter((block: any) => block?.image).length;
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  const scripted = script?.guardrail;
  const intervened = scripted ? (scripted.action ?? 'intervened') === 'intervened' : texts.some(hasGuardrailTrigger);
  const full = body.outputScope === 'FULL';
  const coverage = {
    textCharacters: { guarded: characters, total: characters },
    ...(images > 0 ? { images: { guarded: images, total: images } } : {}),
  };
  return writeJson(exchange, 200, {
    action: intervened ? 'GUARDRAIL_INTERVENED' : 'NONE',
    ...(intervened ? { actionReason: 'Guardrail blocked.' } : {}),
    assessments: [guardrailAssessment(intervened, characters)],
    guardrailCoverage: coverage,
    outputs: intervened ? [{ text: scripted?.message ?? GUARDRAIL_BLOCKED_MESSAGE }] : full ? texts.map((text) => ({ text })) : [],
    usage: guardrailUsage(characters),
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
