import { ConfigError } from '@bedrock-kit/core';
import { assertApiKey } from './assert-api-key';
import { assertCredential } from './assert-credential';
import { assertRegion } from './assert-region';
import { attachRedaction } from './attach-redaction';
import { nameKeyStoreSetting } from './name-setting';

/** The key names `putKey` knows. */
export type KeyName = 'aws_bedrock';

/** The composite key stored under `'aws_bedrock'`: an API key, IAM keys, or both (the API key wins), and/or a region. */
export interface BedrockKey {
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  region?: string;
  apiKey?: string;
}

const FIELDS = ['accessKeyId', 'secretAccessKey', 'sessionToken', 'region', 'apiKey'] as const;
const SECRET_FIELDS = new Set<string>(['secretAccessKey', 'sessionToken', 'apiKey']);

// Kept on globalThis under a registered symbol so one store is shared process-wide even when
// both the ESM and CJS builds, or two copies of this package, are loaded. Created on first put.
const STORE_SYMBOL = Symbol.for('bedrock-kit.aws-auth.key-store');
type Store = Map<string, Readonly<BedrockKey>>;

/**
 * Stores a key process-wide (for this JavaScript realm), or clears it with `undefined`.
 * Credential resolution uses it after the call's and the client's settings and before the
 * environment. The value is copied; the copy prints redacted.
 *
 * @throws ConfigError for an unknown key name, a non-string field, a credential with a control
 * character or whitespace, a region that is not a region name, an `accessKeyId` without
 * `secretAccessKey` (or the reverse), a `sessionToken` without keys, or an empty key. The
 * message names the field, never a secret value.
 * @example
 * putKey('aws_bedrock', { apiKey: process.env.MY_BEDROCK_KEY, region: 'eu-central-1' });
 */
export function putKey(name: KeyName, value: BedrockKey | undefined): void {
  assertKeyName(name);
  if (value === undefined) {
    getStore(false)?.delete(name);
    return;
  }
  getStore(true)!.set(name, copyKey(value));
}

/** The key stored under `name`, or `undefined`. Secret fields are readable by name but print redacted. */
export function getKey(name: KeyName): Readonly<BedrockKey> | undefined {
  assertKeyName(name);
  return getStore(false)?.get(name);
}

function getStore(create: boolean): Store | undefined {
  const holder = globalThis as { [STORE_SYMBOL]?: Store };
  if (holder[STORE_SYMBOL] === undefined && create) {
    Object.defineProperty(holder, STORE_SYMBOL, { value: new Map(), enumerable: false });
  }
  return holder[STORE_SYMBOL];
}

function assertKeyName(name: unknown): void {
  if (name !== 'aws_bedrock') {
    throw new ConfigError({ message: `Unknown key name ${typeof name === 'string' ? `'${name}'` : typeof name}; the only one is 'aws_bedrock'.` });
  }
}

function copyKey(value: BedrockKey): Readonly<BedrockKey> {
  if (typeof value !== 'object' || value === null) {
    throw new ConfigError({ message: "putKey('aws_bedrock', value) needs an object such as { apiKey } or { accessKeyId, secretAccessKey }, or undefined to clear it." });
  }
  const publicFields: Record<string, string> = {};
  const secrets: Record<string, string | undefined> = {};
  for (const field of FIELDS) {
    const fieldValue: unknown = value[field];
    if (fieldValue === undefined || fieldValue === '') continue;
    if (typeof fieldValue !== 'string') {
      throw new ConfigError({ message: `putKey('aws_bedrock', { ${field} }) must be a string.` });
    }
    // Checked when stored, so a bad value fails where it was written, not at some later call.
    if (field === 'region') assertRegion(fieldValue, nameKeyStoreSetting(field));
    else if (field === 'apiKey') assertApiKey(fieldValue, nameKeyStoreSetting(field));
    else assertCredential(fieldValue, nameKeyStoreSetting(field));
    if (SECRET_FIELDS.has(field)) secrets[field] = fieldValue;
    else publicFields[field] = fieldValue;
  }
  const hasApiKey = secrets.apiKey !== undefined;
  const hasId = publicFields.accessKeyId !== undefined;
  const hasSecret = secrets.secretAccessKey !== undefined;
  if (!hasApiKey && hasId !== hasSecret) {
    const missing = hasId ? 'secretAccessKey' : 'accessKeyId';
    throw new ConfigError({
      message: `putKey('aws_bedrock', ...) got ${hasId ? 'accessKeyId' : 'secretAccessKey'} without ${missing}: give both IAM keys, or an apiKey.`,
    });
  }
  if (!hasApiKey && !hasId && secrets.sessionToken !== undefined) {
    throw new ConfigError({ message: "putKey('aws_bedrock', ...) got a sessionToken without accessKeyId and secretAccessKey: give all three." });
  }
  if (!hasApiKey && !hasId && publicFields.region === undefined) {
    throw new ConfigError({
      message: "putKey('aws_bedrock', ...) got no apiKey, accessKeyId + secretAccessKey or region; pass undefined to clear the key instead.",
    });
  }
  return attachRedaction(publicFields, 'BedrockKey', secrets) as Readonly<BedrockKey>;
}
