import { ConfigError } from '@bedrock-kit/core';

// Two letters, one or more words, a number: us-east-1, us-gov-west-1, ap-southeast-7, eu-central-2.
// The region becomes part of a host name and of the SigV4 scope, so anything else is refused
// before it reaches a URL.
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * Checks an AWS region name against `^[a-z]{2}(-[a-z]+)+-\d+$` (e.g. `us-east-1`).
 *
 * @param label names the setting and where it came from, e.g. `AWS_REGION` or `region (call options)`.
 * @throws ConfigError naming `label` and the value (a region is not secret; at most 40 characters
 * of it are quoted, control characters escaped).
 */
export function assertRegion(region: unknown, label: string): asserts region is string {
  if (typeof region !== 'string' || !REGION_PATTERN.test(region)) {
    const shown = typeof region === 'string' ? JSON.stringify(region.slice(0, 40)) : region === null ? 'null' : typeof region;
    throw new ConfigError({ message: `${label} is not an AWS region name (${shown}); use one like 'us-east-1'.` });
  }
}
