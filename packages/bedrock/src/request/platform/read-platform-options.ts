import { throwInputError } from '../throw-input-error';
import type { GuardrailSetting, PlatformOptions } from './platform-options';

// Patterns and limits of the service model (botocore 2026-07-31): GuardrailIdentifier, GuardrailVersion,
// RequestMetadataKeyString / ValueString, RequestMetadata (1–16), RequestMetadataJson (header ≤ 8,500).
const guardrailId = /^(?:[a-z0-9]+|arn:aws(?:-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail\/[a-z0-9]+)$/;
const guardrailVersion = /^(?:[1-9][0-9]{0,7}|DRAFT)$/;
const metadataText = /^[a-zA-Z0-9\s:_@$#=/+,\-.]*$/;
const maxMetadataHeader = 8500;

/**
 * Reads and checks the platform keys of `providerOptions` (guardrail, service tier, latency,
 * request metadata, response field paths, prompt variables). Every malformed value is an
 * `InputError` naming the field, before anything is sent.
 */
export function readPlatformOptions(options: Record<string, unknown>): PlatformOptions {
  const { guardrail, serviceTier, latency, requestMetadata, additionalModelResponseFieldPaths, promptVariables } = options;
  const platform: PlatformOptions = {};
  if (guardrail !== undefined) platform.guardrail = readGuardrail(guardrail);
  if (serviceTier !== undefined) platform.serviceTier = readChoice('serviceTier', serviceTier, ['priority', 'default', 'flex', 'reserved']);
  if (latency !== undefined) platform.latency = readChoice('latency', latency, ['standard', 'optimized']);
  if (requestMetadata !== undefined) platform.requestMetadata = readRequestMetadata(requestMetadata);
  if (additionalModelResponseFieldPaths !== undefined) platform.additionalModelResponseFieldPaths = readFieldPaths(additionalModelResponseFieldPaths);
  if (promptVariables !== undefined) platform.promptVariables = readStringRecord('promptVariables', promptVariables);
  return platform;
}

function readGuardrail(value: unknown): GuardrailSetting {
  if (!isPlainObject(value)) throwInputError(`providerOptions.guardrail must be { id, version, trace?, streamProcessingMode? }; got ${describe(value)}.`);
  const { id, version, trace, streamProcessingMode, ...rest } = value;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) throwInputError(`providerOptions.guardrail.${unknown} is not a guardrail setting (id, version, trace, streamProcessingMode).`);
  if (typeof id !== 'string' || !guardrailId.test(id)) {
    throwInputError(`providerOptions.guardrail.id must be a guardrail ID (lower-case letters and digits) or guardrail ARN; got ${describe(id)}.`);
  }
  // The service model's version pattern is a number from 1 or DRAFT; a number is accepted as its text.
  const versionText = typeof version === 'number' ? String(version) : version;
  if (typeof versionText !== 'string' || !guardrailVersion.test(versionText)) {
    throwInputError(`providerOptions.guardrail.version must be a version number (e.g. '1') or 'DRAFT'; got ${describe(version)}.`);
  }
  const setting: GuardrailSetting = { id, version: versionText };
  if (trace !== undefined) setting.trace = readChoice('guardrail.trace', trace, ['enabled', 'disabled', 'enabled_full']);
  if (streamProcessingMode !== undefined) setting.streamProcessingMode = readChoice('guardrail.streamProcessingMode', streamProcessingMode, ['sync', 'async']);
  return setting;
}

function readRequestMetadata(value: unknown): Record<string, string> {
  const metadata = readStringRecord('requestMetadata', value);
  const entries = Object.entries(metadata);
  if (entries.length < 1 || entries.length > 16) throwInputError(`providerOptions.requestMetadata must have 1 to 16 entries; got ${entries.length}.`);
  for (const [key, text] of entries) {
    if (key.length < 1 || key.length > 256 || !metadataText.test(key)) {
      throwInputError(`providerOptions.requestMetadata key ${JSON.stringify(key)} must be 1–256 letters, digits, spaces or :_@$#=/+,-. characters.`);
    }
    if (text.length > 256 || !metadataText.test(text)) {
      throwInputError(`providerOptions.requestMetadata.${key} must be up to 256 letters, digits, spaces or :_@$#=/+,-. characters.`);
    }
  }
  const json = JSON.stringify(metadata);
  if (json.length > maxMetadataHeader) throwInputError(`providerOptions.requestMetadata is ${json.length} characters as JSON; Bedrock takes at most ${maxMetadataHeader}.`);
  return metadata;
}

function readFieldPaths(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > 10) throwInputError(`providerOptions.additionalModelResponseFieldPaths must be an array of up to 10 JSON pointers; got ${describe(value)}.`);
  for (const path of value) {
    if (typeof path !== 'string' || !path.startsWith('/') || path.length > 256) {
      throwInputError(`providerOptions.additionalModelResponseFieldPaths holds ${describe(path)}: each entry is a JSON pointer such as '/stop_sequence'.`);
    }
  }
  return value as string[];
}

function readStringRecord(field: string, value: unknown): Record<string, string> {
  if (!isPlainObject(value)) throwInputError(`providerOptions.${field} must be an object of strings; got ${describe(value)}.`);
  for (const [key, text] of Object.entries(value)) {
    if (typeof text !== 'string') throwInputError(`providerOptions.${field}.${key} must be a string; got ${describe(text)}.`);
  }
  return value as Record<string, string>;
}

function readChoice<const T extends string>(field: string, value: unknown, choices: readonly T[]): T {
  if (!choices.includes(value as T)) throwInputError(`providerOptions.${field} must be ${choices.map((choice) => `'${choice}'`).join(', ')}; got ${describe(value)}.`);
  return value as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}
