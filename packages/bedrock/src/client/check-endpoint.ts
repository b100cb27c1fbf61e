import { ConfigError } from '@bedrock-kit/core';

/**
 * Checks a base URL that requests and their credentials go to (API.md "Validation before the
 * network"): `http:` or `https:`, a host, no user or password, no query, fragment, whitespace or
 * control character. The value is never quoted: it may hold a password. A compact form of
 * aws-auth's `parseEndpoint` (same rules, one message), kept small for the bundles every call pays.
 */
export function checkEndpoint(value: unknown, label: string): void {
  try {
    // `@` would start user information; `?` and `#` a query or fragment.
    if (/^https?:\/\/[^\0-\x20@?#\x7f]+$/i.test(value as string) && new URL(value as string).hostname) return;
  } catch {
    // not a URL
  }
  throw new ConfigError({ message: `${label} must be an http(s) URL with a host and no user, password, query or fragment.` });
}
