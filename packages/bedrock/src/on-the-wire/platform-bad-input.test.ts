import { anthropic } from '@bedrock-kit/anthropic';
import { cohere } from '@bedrock-kit/cohere';
import { InputError } from '@bedrock-kit/core';
import { emulatorApiKey } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import { createBedrock } from '../create-bedrock';
import type { ProviderOptions } from '../request/generate-text-request';
import { failure, useFamilyEmulator } from './family-on-the-wire.test-support';

const model = 'anthropic.claude-3-haiku-20240307-v1:0';
const { context, bedrock } = useFamilyEmulator([anthropic]);

/** The InputError a call fails with, on both routes; the emulator must have received nothing. */
async function refusal(providerOptions: Record<string, unknown>): Promise<string> {
  const messages: string[] = [];
  for (const useConverse of [true, false]) {
    const error = await failure(bedrock().generateText({ model, prompt: 'Hi', providerOptions: { useConverse, ...providerOptions } as ProviderOptions }));
    expect(error, JSON.stringify(providerOptions)).toBeInstanceOf(InputError);
    messages.push(error!.message);
  }
  expect(messages[0]).toBe(messages[1]);
  expect(context.emulator.requests).toHaveLength(0);
  return messages[0]!;
}

describe('platform options: bad values are an InputError naming the field, before the network', () => {
  it.each([
    [{ serviceTier: 'gold' }, /providerOptions\.serviceTier must be 'priority', 'default', 'flex', 'reserved'; got "gold"/],
    [{ latency: 'fast' }, /providerOptions\.latency must be 'standard', 'optimized'/],
    [{ guardrail: { id: '', version: '1' } }, /providerOptions\.guardrail\.id must be a guardrail ID/],
    [{ guardrail: { id: 'GR-1', version: '1' } }, /providerOptions\.guardrail\.id/],
    [{ guardrail: { id: 'gr1', version: 'latest' } }, /providerOptions\.guardrail\.version must be a version number/],
    [{ guardrail: { id: 'gr1', version: '1', trace: 'ENABLED' } }, /providerOptions\.guardrail\.trace must be 'enabled', 'disabled', 'enabled_full'/],
    [{ guardrail: { id: 'gr1', version: '1', streamProcessingMode: 'SYNCHRONOUS' } }, /providerOptions\.guardrail\.streamProcessingMode must be 'sync', 'async'/],
    [{ guardrail: { id: 'gr1', version: '1', identifier: 'x' } }, /providerOptions\.guardrail\.identifier must not be set: a guardrail is \{ id, version, trace\?, streamProcessingMode\? \}/],
    [{ guardrail: 'gr1' }, /providerOptions\.guardrail must be \{ id, version/],
    [{ requestMetadata: {} }, /providerOptions\.requestMetadata must have 1 to 16 entries; got 0/],
    [{ requestMetadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])) }, /1 to 16 entries; got 17/],
    [{ requestMetadata: { team: 7 } }, /providerOptions\.requestMetadata\.team must be a string; got number/],
    [{ requestMetadata: { 'bad key!': 'v' } }, /providerOptions\.requestMetadata\.bad key! must be up to 256 letters/],
    [{ requestMetadata: { team: 'a'.repeat(257) } }, /providerOptions\.requestMetadata\.team must be up to 256/],
    [{ requestMetadata: { team: 'ü' } }, /providerOptions\.requestMetadata\.team must be up to 256 letters/],
    [{ requestMetadata: 'team=search' }, /providerOptions\.requestMetadata must be an object of strings/],
    [{ additionalModelResponseFieldPaths: ['stop_sequence'] }, /providerOptions\.additionalModelResponseFieldPaths must be up to 10 JSON pointers such as '\/stop_sequence'/],
    [{ promptVariables: { city: 1 } }, /providerOptions\.promptVariables\.city must be a string/],
  ])('%j', async (providerOptions, message) => {
    expect(await refusal(providerOptions)).toMatch(message);
  });

  it('request metadata over the header limit: 8,500 characters of JSON (whitespace escapes count twice)', async () => {
    const requestMetadata = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`key-${i}-${'k'.repeat(240)}`, '\n'.repeat(256)]));
    expect(await refusal({ requestMetadata })).toMatch(/^providerOptions\.requestMetadata must be at most 8500 characters as JSON \(the header's limit\); got \d+\.$/);
  });

  it('request metadata values never appear in the error (the service model marks them sensitive)', async () => {
    const message = await refusal({ requestMetadata: { team: 'secret-value-ü' } });
    expect(message).not.toContain('secret-value');
  });
});

describe('unknown providerOptions keys', () => {
  it.each([
    ['use_converse', 'useConverse'],
    ['additional_model_request_fields', 'additionalModelRequestFields'],
    ['anthropic_prompt_cache', 'anthropicPromptCache'],
    ['api_key', 'apiKey'],
    ['access_key_id', 'accessKeyId'],
    ['secret_access_key', 'secretAccessKey'],
    ['session_token', 'sessionToken'],
    ['service_tier', 'serviceTier'],
    ['request-metadata', 'requestMetadata'],
    ['guardrails', 'guardrail'],
    ['promptCach', 'promptCache'],
    ['anthropicPromptCacheTTL', 'anthropicPromptCacheTtl'],
  ])('%s: "did you mean `%s`?", nothing sent, the value never echoed', async (key, nearest) => {
    const message = await refusal({ [key]: 'value-never-shown' });
    expect(message).toContain(`providerOptions.${key} is not an option bedrock-kit knows: did you mean \`${nearest}\`?`);
    expect(message).not.toContain('value-never-shown');
  });

  it('a key far from every known one is refused without a suggestion', async () => {
    expect(await refusal({ zzzzqqqq: 1 })).toMatch(/^providerOptions\.zzzzqqqq is not an option bedrock-kit knows \(/);
  });

  it('a family’s keys are known only when that family is configured', async () => {
    const error = await failure(bedrock().generateText({ model, prompt: 'Hi', providerOptions: { cohereCitations: false } }));
    expect(error).toBeInstanceOf(InputError);
    expect(error?.message).toMatch(/providerOptions\.cohereCitations is not an option/);
    const withCohere = createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families: [anthropic, cohere] });
    await withCohere.generateText({ model, prompt: 'Hi', providerOptions: { cohereCitations: false } });
    expect(context.emulator.requests).toHaveLength(1);
  });
});
