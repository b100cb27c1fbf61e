import { loadSetting, type Environment } from '@bedrock-kit/aws-auth';
import { checkEndpoint } from '../client/check-endpoint';
import type { Route } from './choose-route';

/**
 * The endpoint base: `endpoint` option, else AWS_ENDPOINT_URL_BEDROCK_RUNTIME,
 * else AWS_ENDPOINT_URL, else the regional host.
 */
export function resolveEndpoint(endpoint: string | undefined, region: string, env?: Environment): string {
  let base = endpoint; // checked when the client was made
  for (const name of ['AWS_ENDPOINT_URL_BEDROCK_RUNTIME', 'AWS_ENDPOINT_URL']) {
    const value = loadSetting(name, env);
    if (base === undefined && value !== undefined) checkEndpoint((base = value), name);
  }
  return (base ?? `https://bedrock-runtime.${region}.amazonaws.com`).replace(/\/+$/, '');
}

/** `/model/{encodeURIComponent(modelId)}/{operation}` on the endpoint. */
export function buildModelUrl(base: string, modelId: string, route: Route, stream: boolean): string {
  const operation = route === 'converse' ? (stream ? 'converse-stream' : 'converse') : stream ? 'invoke-with-response-stream' : 'invoke';
  return `${base}/model/${encodeURIComponent(modelId)}/${operation}`;
}
