import { createAuthHeaders } from '@bedrock-kit/aws-auth';
import { ServiceError } from '@bedrock-kit/core';
import type { CallContext } from './call-context';
import type { RouteRequest } from '../request/prepare-route-request';
import { typeFailedResponse } from './load-failure-code';
import { tagNetworkFailure } from './network-failure';
import type { Watchdog } from './watchdog';
import { raceSignal } from './race-signal';

declare const __BEDROCK_KIT_VERSION__: string | undefined;
const userAgent = `bedrock-kit/${typeof __BEDROCK_KIT_VERSION__ === 'string' ? __BEDROCK_KIT_VERSION__ : 'dev'}`;

/** What one HTTP exchange sends: a model call's `RouteRequest`, or a call of another operation (CountTokens, ApplyGuardrail). */
export type SendRequest = Pick<RouteRequest, 'url' | 'body' | 'route' | 'stream' | 'headers'>;

/** One HTTP exchange: credentials read and the request signed now, at send time, never earlier. */
export async function sendAttempt(context: CallContext, { url, body, route, stream, headers: requestHeaders }: SendRequest, watchdog: Watchdog): Promise<Response> {
  const headers: Record<string, string> = {
    ...context.headers,
    ...requestHeaders,
    'content-type': 'application/json',
    accept: stream ? 'application/vnd.amazon.eventstream' : 'application/json',
    'x-amz-user-agent': userAgent,
  };
  // InvokeModelWithResponseStream takes the body's accept type in its own header (service model).
  if (stream && route === 'invoke') headers['x-amzn-bedrock-accept'] = 'application/json';
  // Outside the transport try: a credentials failure is a ConfigError, never a "network error".
  // Raced with the watchdog: a hung credentials provider is bounded by the abort signal and `totalMs` too.
  const signedHeaders = await raceSignal(
    context.resolveAuth().then((auth) => createAuthHeaders({ method: 'POST', url, headers, body }, { auth, region: context.region, signingDate: context.clock.now() })),
    watchdog.signal,
  );
  const attempt = context.telemetry?.startAttempt(url, body);
  let response: Response;
  try {
    // Never followed: the request and its credentials go to the configured endpoint and nowhere else.
    response = await context.fetch(url, { method: 'POST', headers: signedHeaders, body, signal: watchdog.signal, redirect: 'manual' });
  } catch (error) {
    attempt?.end(undefined, error);
    throw tagNetworkFailure(error);
  }
  attempt?.end(response);
  const { status } = response;
  if (response.type === 'opaqueredirect' || (status > 299 && status < 400)) {
    const location = response.headers.get('location');
    let to = '';
    try {
      to = location ? ` to ${new URL(location, url).host}` : ''; // the host only: the rest may carry a token
    } catch {
      // not a URL: nothing to name
    }
    response.body?.cancel().catch(() => {});
    throw new ServiceError({ message: `Redirect (HTTP ${status || 'opaque'}${to}) not followed.`, status });
  }
  if (!response.ok) throw await typeFailedResponse(response, context.now(), watchdog.signal);
  return response;
}
