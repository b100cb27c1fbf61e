/**
 * The Bedrock Runtime operations the emulator serves, named by their path
 * suffix: the four model calls, `count-tokens` (CountTokens) and
 * `apply-guardrail` (ApplyGuardrail).
 */
export type Route = 'invoke' | 'invoke-with-response-stream' | 'converse' | 'converse-stream' | 'count-tokens' | 'apply-guardrail';

/** A matched request target. For `apply-guardrail`, `modelId` is the guardrail identifier. */
export interface RouteMatch {
  route: Route;
  modelId: string;
  /** ApplyGuardrail's `{guardrailIdentifier}` and `{guardrailVersion}`, URL-decoded. */
  guardrail?: { id: string; version: string };
}

const MODEL_ROUTE = /^\/model\/(.+)\/(invoke|invoke-with-response-stream|converse|converse-stream|count-tokens)$/;
const GUARDRAIL_ROUTE = /^\/guardrail\/([^/]*)\/version\/([^/]*)\/apply$/;

/** Whether a route answers with a binary event stream. */
export function isStreamRoute(route: Route): boolean {
  return route === 'invoke-with-response-stream' || route === 'converse-stream';
}

/** Whether a route calls a model (and takes the model scripts: replies, stream faults). */
export function isModelCallRoute(route: Route): route is 'invoke' | 'invoke-with-response-stream' | 'converse' | 'converse-stream' {
  return route !== 'count-tokens' && route !== 'apply-guardrail';
}

/**
 * Matches `POST /model/{modelId}/{operation}` and
 * `POST /guardrail/{id}/version/{version}/apply`; path parameters are
 * URL-decoded once (as the service does), so ARNs and `:` arrive intact.
 */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  if (method !== 'POST') return undefined;
  const guardrail = GUARDRAIL_ROUTE.exec(path);
  if (guardrail) {
    const id = decode(guardrail[1]!);
    const version = decode(guardrail[2]!);
    if (id === undefined || version === undefined) return undefined;
    return { route: 'apply-guardrail', modelId: id, guardrail: { id, version } };
  }
  const match = MODEL_ROUTE.exec(path);
  if (!match) return undefined;
  const modelId = decode(match[1]!);
  return modelId === undefined ? undefined : { route: match[2] as Route, modelId };
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
