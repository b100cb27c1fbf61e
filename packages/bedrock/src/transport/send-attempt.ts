import { createAuthHeaders } from '@bedrock-kit/aws-auth';
import type { CallContext } from './call-context';
import type { RouteRequest } from '../request/prepare-route-request';
import { tagNetworkFailure } from './network-failure';
import { readFailedResponse } from './read-failed-response';
import type { Watchdog } from './watchdog';

declare const __BEDROCK_KIT_VERSION__: string | undefined;
const userAgent = `bedrock-kit/${typeof __BEDROCK_KIT_VERSION__ === 'string' ? __BEDROCK_KIT_VERSION__ : 'dev'}`;

/** One HTTP exchange: credentials read and the request signed now, at send time, never earlier. */
export async function sendAttempt(context: CallContext, { url, body, route, stream }: RouteRequest, watchdog: Watchdog): Promise<Response> {
  const headers: Record<string, string> = {
    ...context.headers,
    'content-type': 'application/json',
    accept: stream ? 'application/vnd.amazon.eventstream' : 'application/json',
    'x-amz-user-agent': userAgent,
  };
  // InvokeModelWithResponseStream takes the body's accept type in its own header (service model).
  if (stream && route === 'invoke') headers['x-amzn-bedrock-accept'] = 'application/json';
  // Outside the transport try: a credentials failure is a ConfigError, never a "network error".
  const auth = await context.resolveAuth();
  const signedHeaders = await createAuthHeaders(
    { method: 'POST', url, headers, body },
    { auth, region: context.region, signingDate: context.clock.now() },
  );
  const attempt = context.telemetry?.startAttempt(url, body);
  let response: Response;
  try {
    response = await context.fetch(url, { method: 'POST', headers: signedHeaders, body, signal: watchdog.signal });
  } catch (error) {
    attempt?.end(undefined, error);
    throw tagNetworkFailure(error);
  }
  attempt?.end(response);
  if (!response.ok) throw await readFailedResponse(response, context.now());
  return response;
}
