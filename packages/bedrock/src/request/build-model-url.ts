import { loadSetting, type Environment } from '@bedrock-kit/aws-auth';
import type { Route } from './choose-route';

/**
 * The endpoint base: `endpoint` option, else AWS_ENDPOINT_URL_BEDROCK_RUNTIME,
 * else AWS_ENDPOINT_URL, else the regional host.
 */
export function resolveEndpoint(endpoint: string | undefined, region: string, env?: Environment): string {
  const base =
    endpoint ??
    loadSetting('AWS_ENDPOINT_URL_BEDROCK_RUNTIME', env) ??
    loadSetting('AWS_ENDPOINT_URL', env) ??
    `https://bedrock-runtime.${region}.amazonaws.com`;
  return base.replace(/\/+$/, '');
}

/** `/model/{encodeURIComponent(modelId)}/{operation}` on the endpoint. */
export function buildModelUrl(base: string, modelId: string, route: Route, stream: boolean): string {
  const operation = route === 'converse' ? (stream ? 'converse-stream' : 'converse') : stream ? 'invoke-with-response-stream' : 'invoke';
  return `${base}/model/${encodeURIComponent(modelId)}/${operation}`;
}
