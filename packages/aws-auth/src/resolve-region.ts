import { assertRegion } from './assert-region';
import type { AuthSettings, Environment } from './auth-settings';
import { getKey } from './key-store';
import { getProcessEnvironment, loadSetting } from './load-setting';
import { nameKeyStoreSetting, nameSettingGenerically, type NameSetting } from './name-setting';

/** Options of {@link resolveRegion}. */
export interface ResolveRegionOptions {
  /** The settings given for this call. */
  call?: Pick<AuthSettings, 'region'>;
  /** The settings given to the client that makes the call. */
  instance?: Pick<AuthSettings, 'region'>;
  /** Environment variables. @default globalThis.process?.env, read at call time */
  env?: Environment;
  /** How error messages name `call.region` / `instance.region`, in the caller's terms. @default nameSettingGenerically */
  nameSetting?: NameSetting;
}

/** Used when no source names a region. */
export const DEFAULT_REGION = 'us-east-1';

/**
 * The region for one call: the call's `region`, then the client's, then
 * the key store, then `AWS_REGION`, then `AWS_DEFAULT_REGION`, then `us-east-1`. Independent of
 * where the credentials came from. Empty strings count as unset.
 *
 * @throws ConfigError when the chosen value does not match `^[a-z]{2}(-[a-z]+)+-\d+$` (it names its source).
 */
export function resolveRegion(options: ResolveRegionOptions = {}): string {
  const env = options.env ?? getProcessEnvironment() ?? {};
  const nameSetting = options.nameSetting ?? nameSettingGenerically;
  const candidates: [string, unknown][] = [
    [nameSetting('region', 'call'), options.call?.region],
    [nameSetting('region', 'instance'), options.instance?.region],
    [nameKeyStoreSetting('region'), getKey('aws_bedrock')?.region],
    ['AWS_REGION', loadSetting('AWS_REGION', env)],
    ['AWS_DEFAULT_REGION', loadSetting('AWS_DEFAULT_REGION', env)],
  ];
  for (const [label, region] of candidates) {
    if (region === undefined || region === null || region === '') continue;
    assertRegion(region, label);
    return region;
  }
  return DEFAULT_REGION;
}
