import { anthropic } from '@bedrock-kit/anthropic';
import { InputError, ValidationError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createBedrock } from '../create-bedrock';

/** A fetch that answers as Bedrock does for an ID it does not know, and counts what it was sent. */
function createUnknownModelFetch() {
  const urls: string[] = [];
  const fetch = async (input: string | URL | Request) => {
    urls.push(String(input));
    const body = JSON.stringify({ message: 'The provided model identifier is invalid.' });
    return new Response(body, { status: 400, headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'ValidationException' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, urls };
}

describe('inference-profile advice only where its cause is certain', () => {
  it('a misspelt Claude ID is sent as given and gets the service\'s answer, not "use an inference profile"', async () => {
    const { fetch, urls } = createUnknownModelFetch();
    const bedrock = createBedrock({ families: [anthropic], apiKey: 'ABSK-test', endpoint: 'http://bedrock.test', fetch });
    const error = await bedrock.generateText({ model: 'anthropic.claud-sonet-4-20250514-v1:0', prompt: 'x' }).catch((failure: unknown) => failure);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('The provided model identifier is invalid.');
    expect((error as Error).message).not.toMatch(/inference profile/);
    expect(urls).toHaveLength(1);
  });

  it('a profile-only model of the family table is refused before sending, with the profile of the configured region', async () => {
    const { fetch, urls } = createUnknownModelFetch();
    const bedrock = createBedrock({ families: [anthropic], apiKey: 'ABSK-test', endpoint: 'http://bedrock.test', fetch, region: 'eu-west-1' });
    const error = await bedrock.generateText({ model: 'anthropic.claude-sonnet-4-20250514-v1:0', prompt: 'x' }).catch((failure: unknown) => failure);
    expect(InputError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('use "eu.anthropic.claude-sonnet-4-20250514-v1:0"');
    expect(urls).toHaveLength(0);
  });
});
