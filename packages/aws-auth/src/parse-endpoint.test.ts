import { ConfigError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { parseEndpoint } from './parse-endpoint';

function messageOf(endpoint: unknown, label?: string): string {
  try {
    parseEndpoint(endpoint, label);
  } catch (error) {
    expect(ConfigError.isInstance(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseEndpoint', () => {
  it.each([
    ['https://bedrock-runtime.us-east-1.amazonaws.com', 'bedrock-runtime.us-east-1.amazonaws.com'],
    ['http://127.0.0.1:4010', '127.0.0.1:4010'],
    ['https://proxy.example/bedrock/', 'proxy.example'],
    ['http://[::1]:8080', '[::1]:8080'],
  ])('accepts %s', (endpoint, host) => {
    expect(parseEndpoint(endpoint).host).toBe(host);
    expect(parseEndpoint(new URL(endpoint)).host).toBe(host);
  });

  it.each([
    ['bedrock-runtime.us-east-1.amazonaws.com', 'is not a URL'],
    ['not a url', 'whitespace'],
    ['file:///etc/passwd', 'the scheme file'],
    ['ftp://example.com', 'the scheme ftp'],
    ['javascript:alert(1)', 'the scheme javascript'],
    ['https://example.com/?x=1', 'has a query'],
    ['https://example.com/?', 'has a query'],
    ['https://example.com/#frag', 'has a fragment'],
    ['https://exam\nple.com', 'whitespace or a control character'],
    ['', 'must be an http: or https: URL'],
  ])('refuses %j (%s), naming endpoint', (endpoint, problem) => {
    const message = messageOf(endpoint);
    expect(message).toMatch(/^endpoint\b/);
    expect(message).toContain(problem);
  });

  it.each([42, null, undefined, {}])('refuses %j', (endpoint) => {
    expect(messageOf(endpoint)).toContain('must be an http: or https: URL');
  });

  it.each(['https://alice:Zq8KpW3xYv7R@example.com', 'https://Zq8KpW3xYv7R@example.com', 'https://alice:Zq8KpW3xYv7R@exa mple.com', 'https://:Zq8KpW3xYv7R@example.com/?q#f'])(
    'refuses user information and never shows it: %s',
    (endpoint) => {
      const message = messageOf(endpoint, 'AWS_ENDPOINT_URL');
      expect(message).toContain('AWS_ENDPOINT_URL holds a user name or password');
      expect(message).not.toContain('Zq8K');
      expect(message).not.toContain('alice');
    },
  );
});
