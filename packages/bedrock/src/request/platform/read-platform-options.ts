import { omitUndefined } from '@bedrock-kit/core';
import { isRecord } from '../converse/is-record';
import { throwInputError } from '../throw-input-error';
import type { GuardrailSetting, PlatformOptions } from './platform-options';

// The service model's rules (botocore 2026-07-31): ServiceTierType, PerformanceConfigLatency, GuardrailTrace,
// GuardrailStreamProcessingMode enums; GuardrailIdentifier / GuardrailVersion patterns; RequestMetadata (1–16
// entries, RequestMetadataKeyString 1–256 / ValueString 0–256 of one pattern, header JSON ≤ 8,500 characters);
// additionalModelResponseFieldPaths (≤ 10 JSON pointers of ≤ 256 characters).
const enums: Record<string, readonly string[]> = {
  serviceTier: ['priority', 'default', 'flex', 'reserved'],
  latency: ['standard', 'optimized'],
  trace: ['enabled', 'disabled', 'enabled_full'],
  streamProcessingMode: ['sync', 'async'],
};
const guardrailShape = '{ id, version, trace?, streamProcessingMode? }';
const guardrailId = /^(?:[a-z0-9]+|arn:aws(?:-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail\/[a-z0-9]+)$/;
const guardrailVersion = /^(?:[1-9][0-9]{0,7}|DRAFT)$/;
const metadataText = /^[a-zA-Z0-9\s:_@$#=/+,\-.]{0,256}$/;

/**
 * Reads and checks the platform keys of `providerOptions` (guardrail, service tier, latency,
 * request metadata, response field paths, prompt variables). Every malformed value is an
 * `InputError` naming the field, before anything is sent; values are never echoed (metadata and
 * prompt variables are sensitive in the service model), only their type.
 */
export function readPlatformOptions(options: Record<string, unknown>): PlatformOptions {
  const { guardrail, requestMetadata: metadata, additionalModelResponseFieldPaths: paths, promptVariables } = options;
  // Checked in this order (the first broken rule is the one reported): guardrail, tier, latency, metadata, paths, variables.
  const platform: PlatformOptions = omitUndefined({
    guardrail: guardrail === undefined ? undefined : readGuardrail(guardrail),
    serviceTier: readEnum('serviceTier', options) as PlatformOptions['serviceTier'],
    latency: readEnum('latency', options) as PlatformOptions['latency'],
  });
  if (metadata !== undefined) {
    const entries = Object.entries(readStrings('requestMetadata', metadata));
    if (entries.length < 1 || entries.length > 16) fail('requestMetadata', `have 1 to 16 entries; got ${entries.length}`);
    for (const [key, text] of entries) {
      if (key === '' || !metadataText.test(key) || !metadataText.test(text)) fail(`requestMetadata.${key}`, 'be up to 256 letters, digits, spaces or :_@$#=/+,-. characters, key and value');
    }
    const length = JSON.stringify(metadata).length;
    if (length > 8500) fail('requestMetadata', `be at most 8500 characters as JSON (the header's limit); got ${length}`);
  }
  if (paths !== undefined && (!Array.isArray(paths) || paths.length > 10 || paths.some((path) => typeof path !== 'string' || path[0] !== '/' || path.length > 256))) {
    fail('additionalModelResponseFieldPaths', "be up to 10 JSON pointers such as '/stop_sequence'");
  }
  return omitUndefined({
    ...platform,
    requestMetadata: metadata as Record<string, string> | undefined,
    additionalModelResponseFieldPaths: paths,
    promptVariables: promptVariables === undefined ? undefined : readStrings('promptVariables', promptVariables),
  });
}

function readGuardrail(value: unknown): GuardrailSetting {
  if (!isRecord(value)) fail('guardrail', `be ${guardrailShape}`, value);
  const { id, version, trace, streamProcessingMode, ...rest } = value;
  for (const key in rest) fail(`guardrail.${key}`, `not be set: a guardrail is ${guardrailShape}`);
  if (typeof id !== 'string' || !guardrailId.test(id)) fail('guardrail.id', 'be a guardrail ID (lower-case letters and digits) or ARN', id);
  // A number is taken as its text: the service model's version is a number from 1, or DRAFT.
  const text = typeof version === 'number' ? String(version) : version;
  if (typeof text !== 'string' || !guardrailVersion.test(text)) fail('guardrail.version', "be a version number (e.g. '1') or 'DRAFT'", version);
  return omitUndefined({ id, version: text, trace: readEnum('trace', value, 'guardrail.'), streamProcessingMode: readEnum('streamProcessingMode', value, 'guardrail.') }) as GuardrailSetting;
}

/** `options[key]` when it is one of its choices (or undefined); `prefix` places the key in its message. */
function readEnum(key: string, options: Record<string, unknown>, prefix = ''): string | undefined {
  const value = options[key];
  const choices = enums[key]!;
  if (value !== undefined && !choices.includes(value as string)) fail(prefix + key, `be '${choices.join("', '")}'`, value);
  return value as string | undefined;
}

function readStrings(field: string, value: unknown): Record<string, string> {
  if (!isRecord(value)) fail(field, 'be an object of strings', value);
  for (const key in value) if (typeof value[key] !== 'string') fail(`${field}.${key}`, 'be a string', value[key]);
  return value as Record<string, string>;
}

/** `providerOptions.{field} must {rule}; got {what}`: a string value is shown (cut), any other only by its type. */
function fail(field: string, rule: string, ...value: unknown[]): never {
  const [got] = value;
  const what = typeof got === 'string' ? JSON.stringify(got.slice(0, 40)) : Array.isArray(got) ? 'an array' : got === null ? 'null' : typeof got;
  throwInputError(`providerOptions.${field} must ${rule}${value.length > 0 ? `; got ${what}` : ''}.`);
}
