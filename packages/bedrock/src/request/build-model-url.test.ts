import { describe, expect, it } from 'vitest';
import { buildModelUrl, resolveEndpoint } from './build-model-url';

describe('endpoint and URL', () => {
  it('derives the regional host', () => {
    expect(resolveEndpoint(undefined, 'eu-central-1', {})).toBe('https://bedrock-runtime.eu-central-1.amazonaws.com');
  });
  it('prefers the option, then AWS_ENDPOINT_URL_BEDROCK_RUNTIME, then AWS_ENDPOINT_URL', () => {
    const env = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: 'http://a/', AWS_ENDPOINT_URL: 'http://b' };
    expect(resolveEndpoint('http://opt/', 'us-east-1', env)).toBe('http://opt');
    expect(resolveEndpoint(undefined, 'us-east-1', env)).toBe('http://a');
    expect(resolveEndpoint(undefined, 'us-east-1', { AWS_ENDPOINT_URL: 'http://b' })).toBe('http://b');
  });
  it('encodes the model ID once in the path, per operation', () => {
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0';
    expect(buildModelUrl('https://h', arn, 'converse', true)).toBe(
      'https://h/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Ainference-profile%2Fus.anthropic.claude-3-5-haiku-20241022-v1%3A0/converse-stream',
    );
    expect(buildModelUrl('https://h', 'm:0', 'invoke', false)).toBe('https://h/model/m%3A0/invoke');
    expect(buildModelUrl('https://h', 'm', 'invoke', true)).toBe('https://h/model/m/invoke-with-response-stream');
    expect(buildModelUrl('https://h', 'm', 'converse', false)).toBe('https://h/model/m/converse');
  });
});
